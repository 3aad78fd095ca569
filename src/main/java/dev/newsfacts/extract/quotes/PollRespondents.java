package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a share of a poll's respondents said is the poll's finding: "In a CNN/ORC poll released Monday,
 * 31 percent of Republicans said they were "extremely enthusiastic"" is sourced to the poll, named
 * earlier in the same sentence, not to "31 percent of Republicans", who are no one in particular. A
 * correction that runs after the sieves: it re-sources quotes they decided, keeping the cue.
 */
final class PollRespondents implements Sieve {
  private static final Set<String> POLL_NOUNS = WordList.set("/dev/newsfacts/lexicon/en/poll-nouns.txt");
  private static final Set<String> SHARE_WORDS = WordList.set("/dev/newsfacts/lexicon/en/respondent-share-words.txt");
  /** Tokens before the source words that may still belong to its share ("31% of Republicans and [voters]"). */
  private static final int SHARE_REACH = 6;

  /** Whether the word names a poll ("poll", "Survey"). */
  static boolean isPollNoun(String word) {
    return POLL_NOUNS.contains(word.toLowerCase(Locale.ROOT));
  }

  @Override
  public String name() {
    return "poll-respondents";
  }

  @Override
  public void apply(QuoteContext ctx) {
    for (Candidate c : ctx.candidates()) {
      if (!c.attributed()) continue;
      TokenSpan poll = pollFor(ctx, c.source.words());
      if (poll != null) c.attribute(new Attribution(Source.of(poll), c.cue), c.how, c.confidence, name());
    }
  }

  /** The poll named before a source that is a share of respondents, in its sentence, or null. */
  static TokenSpan pollFor(QuoteContext ctx, TokenSpan source) {
    List<Token> toks = ctx.toks;
    int sentenceStart = ctx.at.sentenceAt(toks.get(source.start()).start()).firstToken();
    if (!share(toks, Math.max(sentenceStart, source.start() - SHARE_REACH), source.end())) return null;
    for (int k = source.start() - 1; k >= sentenceStart; k--) {
      if (ctx.quoted[k]) continue;
      if (POLL_NOUNS.contains(toks.get(k).text().toLowerCase(Locale.ROOT))) return new TokenSpan(phraseStart(toks, k, sentenceStart), k + 1);
    }
    return null;
  }

  private static boolean share(List<Token> toks, int from, int to) {
    for (int k = from; k < to; k++) {
      Token t = toks.get(k);
      String l = t.text().toLowerCase(Locale.ROOT);
      if (SHARE_WORDS.contains(l) || l.endsWith("%")) return true;
      // "six in 10 Republicans"
      if (l.equals("in") && k > from && k + 1 < to && number(toks.get(k - 1)) && number(toks.get(k + 1))) return true;
    }
    return false;
  }

  private static boolean number(Token t) {
    return "NUM".equals(SourceFinder.mainTag(t)) || Character.isDigit(t.text().charAt(0));
  }

  /** The first word of the noun phrase the poll noun ends: back over its article, names and modifiers. */
  private static int phraseStart(List<Token> toks, int head, int sentenceStart) {
    int k = head;
    while (k - 1 >= sentenceStart) {
      Token prev = toks.get(k - 1);
      String tag = SourceFinder.mainTag(prev);
      boolean modifier = "DET".equals(tag) || "ADJ".equals(tag) || "PROPN".equals(tag) || "NOUN".equals(tag)
          || "NUM".equals(tag) || prev.is("-") || prev.is("/") || prev.is("'s") || prev.is("\u2019s");
      if (!modifier) break;
      k--;
      if ("DET".equals(tag)) break;
    }
    return k;
  }
}
