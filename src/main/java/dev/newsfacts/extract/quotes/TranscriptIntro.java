package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Sentence;
import dev.newsfacts.extract.nlp.Token;
import java.util.Locale;
import java.util.Set;

/**
 * "Partial transcript as follows:" before quoted paragraphs: the transcript is their source, a record
 * of several voices ("RAMOS: …", "CLINTON: …") that no one of them speaks for. Only the noun phrase a
 * short introducing sentence opens with counts ("Transcript:", "Video transcript as follows:"), not a
 * transcript mentioned in passing by a longer sentence.
 */
final class TranscriptIntro {
  /** The rule name of quoted paragraphs a transcript introduces. */
  static final String RULE = "transcript-intro";

  private static final Set<String> NOUNS = WordList.set("/dev/newsfacts/lexicon/en/transcript-nouns.txt");
  /** How far into the sentence the transcript noun may stand: "Here is the full video transcript". */
  private static final int MAX_OPENING = 6;

  private TranscriptIntro() {}

  /** The words naming the transcript in the sentence {@code s} that ends with the colon token, or null. */
  static TokenSpan of(QuoteContext ctx, Sentence s, int colon) {
    int end = Math.min(colon, s.firstToken() + MAX_OPENING);
    for (int k = s.firstToken(); k < end; k++) {
      Token t = ctx.toks.get(k);
      if (ctx.quoted[k]) return null;
      if (NOUNS.contains(t.text().toLowerCase(Locale.ROOT))) return new TokenSpan(s.firstToken(), k + 1);
    }
    return null;
  }
}
