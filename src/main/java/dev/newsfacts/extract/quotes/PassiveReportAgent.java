package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * "The rate increase was sharply criticized by consumer groups", "the ban was first reported by the
 * Gazette": a passive verb of speech or stance with its agent after "by". The agent is the source and
 * the passive subject, the noun phrase before the form of "be", is what they spoke about.
 */
final class PassiveReportAgent {
  /** Words of an adverb or auxiliary the walk back from the verb to "be" may pass ("has been", "first"). */
  private static final int REACH = 3;

  private PassiveReportAgent() {}

  /** A passive report found at the cue {@code c} of length {@code len}; null when the words do not read so. */
  static Found at(List<Token> toks, boolean[] quoted, int sentenceStart, int sentenceEnd, int c, int len) {
    int by = c + len;
    if (by + 1 >= sentenceEnd || !toks.get(by).is("by") || quoted[by + 1]) return null;
    int be = c - 1;
    while (be >= sentenceStart && be >= c - REACH && "ADV".equals(toks.get(be).pos())) be--;
    if (be < sentenceStart || !Cues.isPassiveBe(toks.get(be))) return null;
    // "has been", "had been", "will be": the auxiliary before "be" opens the verb group
    int group = be;
    if (group - 1 >= sentenceStart && "AUX".equals(toks.get(group - 1).pos())) group--;
    int subject = subjectStart(toks, quoted, sentenceStart, group);
    if (subject < 0) return null;
    TokenSpan agent = agent(toks, quoted, by + 1, sentenceEnd);
    if (agent == null) return null;
    return new Found(new TokenSpan(subject, group), agent);
  }

  /** Start of the noun phrase that ends right before {@code end}: after the last comma or quotation mark; -1 when it holds no noun or holds a verb. */
  private static int subjectStart(List<Token> toks, boolean[] quoted, int sentenceStart, int end) {
    int k = end;
    while (k > sentenceStart && !quoted[k - 1] && !"PUNCT".equals(toks.get(k - 1).pos())
        && !SourceFinder.isQuoteMark(toks.get(k - 1))) {
      k--;
    }
    boolean noun = false;
    for (int i = k; i < end; i++) {
      String p = toks.get(i).pos();
      if (SourceFinder.verbTag(p) || "SCONJ".equals(p)) return -1;
      noun |= "NOUN".equals(p) || "PROPN".equals(p) || "PRON".equals(p);
    }
    return noun ? k : -1;
  }

  /** The noun phrase after "by": determiners, adjectives, numbers and nouns, with at least one noun. */
  private static TokenSpan agent(List<Token> toks, boolean[] quoted, int from, int limit) {
    int end = from;
    boolean noun = false;
    while (end < limit && !quoted[end]) {
      String tag = SourceFinder.mainTag(toks.get(end));
      boolean head = "PROPN".equals(tag) || "NOUN".equals(tag);
      if (!head && !"DET".equals(tag) && !"ADJ".equals(tag) && !"NUM".equals(tag)) break;
      noun |= head;
      end++;
    }
    return noun ? new TokenSpan(from, end) : null;
  }

  /** The passive subject ({@code content}) and the agent after "by" ({@code agent}). */
  record Found(TokenSpan content, TokenSpan agent) {}
}
