package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.CharSpan;
import dev.newsfacts.extract.nlp.Token;
import dev.newsfacts.extract.people.Person;
import dev.newsfacts.extract.people.PersonIndex;
import dev.newsfacts.model.QuoteKind;
import dev.newsfacts.model.Resolution;
import java.util.List;
import java.util.Locale;

/**
 * "Mayor Lee: Transit fares will not rise this year": a headline that opens with a name and a colon
 * reports what that person said. Only the headline (the first paragraph), only a short run of
 * capitalised proper nouns before the colon (or before "to", "at", "on" and who or what it was said to,
 * at or on), not a label such as "Analysis:" or "BOOM:", and a verb after it unless the name is a person
 * of the article. A poll before the colon reports its findings.
 */
final class HeadlineColon implements CandidateGenerator {
  static final String RULE = "headline-colon";
  private static final int MAX_NAME_TOKENS = 4;
  /** The name and what follows it before the colon ("Obama To Asians Worried About U.S. Election"). */
  private static final int MAX_FRAME_TOKENS = 10;
  private static final int MIN_CONTENT_TOKENS = 3;

  @Override
  public List<Candidate> generate(QuoteContext ctx) {
    AnnotatedText at = ctx.at;
    if (at.paragraphs().isEmpty()) return List.of();
    CharSpan headline = at.paragraphs().get(0);
    List<Token> toks = ctx.toks;
    int first = at.tokenAtOrAfter(headline.start());
    int end = at.tokenAtOrAfter(headline.end());
    int colon = first;
    while (colon < end && colon - first <= MAX_FRAME_TOKENS && !toks.get(colon).is(":")) colon++;
    if (colon >= end || colon == first || colon - first > MAX_FRAME_TOKENS) return List.of();
    int speakerEnd = HeadlineSetting.speakerEnd(toks, first, colon);
    // "Poll: Sanders leads in Iowa", "AP-GfK Poll: ...": a poll reports its findings as a person reports words
    boolean poll = PollRespondents.isPollNoun(toks.get(speakerEnd - 1).text()) && capitalised(toks, first, speakerEnd);
    boolean person = namesPersonOfArticle(toks, ctx.people, first, speakerEnd);
    if (speakerEnd - first > MAX_NAME_TOKENS || !poll && !isName(toks, first, speakerEnd) && !person) return List.of();
    if (ctx.lexicon.isBoilerplateMarker(at.text().substring(toks.get(first).start(), toks.get(speakerEnd - 1).end())
        .toLowerCase(Locale.ROOT))) {
      return List.of();
    }
    int from = colon + 1;
    int to = end;
    while (to > from && ("PUNCT".equals(toks.get(to - 1).pos()) || SourceFinder.isQuoteMark(toks.get(to - 1)))) to--;
    // "Lynch: No outside influence on the inquiry": after a person the article names, a verbless line is
    // still their words; after any other name it may be a topic ("Iowa: A state divided")
    if (to - from < MIN_CONTENT_TOKENS || mostlyQuoted(ctx.quoted, from, to) || !person && !hasVerb(toks, from, to)) {
      return List.of();
    }
    // "KUALA LUMPUR: Bank Negara kept ...": a dateline is not a speaker
    if (ctx.colonDateline(first, colon)) return List.of();
    // "Explainer: ...", "Newsletter: ...": a message is not a speaker here
    if (!poll && ctx.lexicon.isMessageNoun(toks.get(speakerEnd - 1).text())) return List.of();
    Candidate c = new Candidate(QuoteKind.INDIRECT, toks.get(from).start(), toks.get(to - 1).end(), null);
    c.attribute(new Attribution(Source.of(new TokenSpan(first, speakerEnd)), new TokenSpan(colon, colon + 1)),
        Resolution.EXPLICIT, 0.5, RULE);
    return List.of(c);
  }

  /** Capitalised proper nouns (one may be a noun: "Senate Leader"), the last a proper noun of two letters or more. */
  /**
   * "Trump/VERB: My plans aren't set in stone", "Mark Cuban/ADJ: I'd consider a bid": the tagger often
   * misreads a name alone before a headline's colon; capitalised words ending with the surname of a
   * person the article names are a name whatever their tags.
   */
  private static boolean namesPersonOfArticle(List<Token> toks, PersonIndex people, int from, int to) {
    if (people == null) return false;
    for (int i = from; i < to; i++) {
      String w = toks.get(i).text();
      if (!toks.get(i).isCapitalised() || w.equals(w.toUpperCase(Locale.ROOT))) return false;
    }
    String head = toks.get(to - 1).text();
    for (Person p : people.persons()) {
      List<String> words = p.nameWords();
      if (words.size() >= 2 && words.get(words.size() - 1).equals(head)) return true;
    }
    return false;
  }

  private static boolean capitalised(List<Token> toks, int from, int to) {
    for (int i = from; i < to; i++) if (!toks.get(i).isCapitalised()) return false;
    return true;
  }

  private static boolean isName(List<Token> toks, int from, int to) {
    for (int i = from; i < to; i++) {
      Token t = toks.get(i);
      if (!t.isCapitalised() || !SourceFinder.nounLike(t)) return false;
    }
    Token head = toks.get(to - 1);
    // "BOOM:", "LOOK:": one word in capitals is a label, not a name
    if (to - from == 1 && head.text().equals(head.text().toUpperCase(Locale.ROOT))) return false;
    return "PROPN".equals(SourceFinder.mainTag(head)) && head.text().length() > 1;
  }

  /** "Constitutional conservative or career politician" names a topic; what someone said has a verb. */
  private static boolean hasVerb(List<Token> toks, int from, int to) {
    for (int i = from; i < to; i++) {
      String p = SourceFinder.mainTag(toks.get(i));
      if ("VERB".equals(p) || "AUX".equals(p)) return true;
    }
    return false;
  }

  private static boolean mostlyQuoted(boolean[] quoted, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) if (quoted[i]) n++;
    return n * 2 > to - from;
  }
}
