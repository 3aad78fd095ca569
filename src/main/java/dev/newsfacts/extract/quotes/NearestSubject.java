package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.Pronouns;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Sentence;
import dev.newsfacts.extract.nlp.Token;
import dev.newsfacts.model.Resolution;
import java.util.List;

/**
 * The last sieve, for a quote no cue attributes: the person who is the subject of the
 * sentence that introduces it ("Clinton touted her credentials. "We need ..."", "Clinton
 * shared her anxiety with an audience, "I do not know ...""). Only a person or a he/she
 * pronoun qualifies, so that an unattributed slogan is not pinned on a thing.
 */
final class NearestSubject {
  private final AnnotatedText at;
  private final List<Token> toks;
  private final ClauseSources sources;

  NearestSubject(AnnotatedText at, ClauseSources sources) {
    this.at = at;
    this.toks = at.tokens();
    this.sources = sources;
  }

  void attribute(List<Candidate> all) {
    for (Candidate c : all) {
      if (c.attributed() || c.marks == null) continue;
      Sentence own = at.sentenceAt(c.marks.openMark());
      int[] src = null;
      if (own.start() < c.marks.openMark() && own.paragraph() == c.marks.paragraph()) src = personSubject(own);
      if (src == null && own.index() > 0) {
        Sentence prev = at.sentences().get(own.index() - 1);
        if (prev.paragraph() >= c.marks.paragraph() - 1) src = personSubject(prev);
      }
      if (src != null) c.attribute(src, null, Resolution.NEARBY, 0.5);
    }
  }

  private int[] personSubject(Sentence s) {
    int[] np = sources.sentenceSubject(s);
    if (np == null) return null;
    Token last = toks.get(np[1] - 1);
    if (np[1] - np[0] == 1 && (Pronouns.subjectKind(last.text()) == 'M' || Pronouns.subjectKind(last.text()) == 'F')) {
      return np;
    }
    for (int i = np[0]; i < np[1]; i++) {
      if (toks.get(i).isCapitalised() && "PROPN".equals(toks.get(i).pos())) return np;
    }
    return null;
  }
}
