package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.SpeechLexicon;
import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Trump released a video that said ...", "the senator is airing an ad which urges ...": a message
 * that its sender put out speaks for the sender, also when a relative pronoun is the cue's subject.
 * Only verbs of putting a message out count: "Clinton mocked an ad that said" leaves the ad its words.
 */
final class SentMessageRelative {
  private static final Set<String> RELATIVE = Set.of("that", "which");
  private static final Set<String> SENDING = WordList.set("/dev/newsfacts/lexicon/en/sending-verbs.txt");

  private SentMessageRelative() {}

  /** True when {@code s} is "that"/"which" standing for a message noun phrase that a sending verb governs. */
  static boolean at(List<Token> toks, SpeechLexicon lexicon, Source s, int from) {
    if (s == null || s.antecedent() == null || s.words().length() != 1) return false;
    if (!RELATIVE.contains(toks.get(s.words().start()).text().toLowerCase(Locale.ROOT))) return false;
    TokenSpan np = s.antecedent();
    if (!lexicon.isMessageNoun(toks.get(np.end() - 1).text())) return false;
    int v = np.start() - 1;
    // "sent out a press release that": a particle between the verb and its object
    if (v >= from && (toks.get(v).is("out") || toks.get(v).is("up"))) v--;
    return v >= from && SENDING.contains(toks.get(v).text().toLowerCase(Locale.ROOT));
  }
}
