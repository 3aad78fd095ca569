package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.Pronouns;
import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Sentence;
import dev.newsfacts.extract.nlp.Token;
import dev.newsfacts.extract.people.Person;
import dev.newsfacts.model.Resolution;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Cruz has railed against what he calls the "…"": the pronoun of a free relative ("what he calls")
 * stands for the person the sentence opens with, and that person, named there, is the quote's
 * speaker; the quote takes the name, keeping its cue. A correction that runs after the sieves, only
 * when the named person agrees with the pronoun's gender.
 */
final class FreeRelativeSpeaker implements Sieve {
  private static final Set<String> OPENERS = WordList.set("/dev/newsfacts/lexicon/en/free-relative-words.txt");

  @Override
  public String name() {
    return "free-relative-subject";
  }

  @Override
  public void apply(QuoteContext ctx) {
    for (Candidate c : ctx.candidates()) {
      if (!c.attributed() || !c.quoted() || c.source.words().length() != 1) continue;
      TokenSpan named = namedSubject(ctx, c.source.words().start());
      if (named != null) c.attribute(new Attribution(Source.of(named), c.cue), Resolution.EXPLICIT, c.confidence, name());
    }
  }

  /** The person named at the opening of the sentence of the free-relative pronoun at {@code k}, or null. */
  static TokenSpan namedSubject(QuoteContext ctx, int k) {
    List<Token> toks = ctx.toks;
    Token pronoun = toks.get(k);
    char kind = Pronouns.subjectKind(pronoun.text());
    if ((kind != 'M' && kind != 'F') || k == 0) return null;
    if (!OPENERS.contains(toks.get(k - 1).text().toLowerCase(Locale.ROOT))) return null;
    Sentence s = ctx.at.sentenceAt(pronoun.start());
    TokenSpan lead = LeadingNounPhrase.of(ctx, s, k - 1);
    if (lead == null || ctx.people == null) return null;
    Person p = ctx.people.personIn(toks.get(lead.start()).start(), toks.get(lead.end() - 1).end());
    if (p == null || (p.gender() != 0 && p.gender() != kind)) return null;
    // a verb the tagger read as a noun ("Lopez assails"): the name ends at its last capitalised word
    int end = lead.end();
    while (end - 1 > lead.start() && !Character.isUpperCase(toks.get(end - 1).text().charAt(0))) end--;
    return new TokenSpan(lead.start(), end);
  }
}
