package dev.newsfacts.extract.quotes;

/**
 * "Gary Lee, a former party chairman, became a delegate and said he would back the nominee": a cue
 * that shares the subject of the verb before it ("became ... and said") takes that verb's subject, and
 * when an appositive between commas stands right before that verb the subject is the name before the
 * appositive, as it is for a cue there ("Gary Lee, a former party chairman, said").
 */
final class AppositiveSubject {
  private AppositiveSubject() {}

  /**
   * The subject of the verb at {@code verb} when the comma at {@code comma} right before it closes an
   * appositive, looking no further back than {@code lo}; null when there is none or it is a pronoun's
   * relative clause ("..., who ..., became").
   */
  static Source before(SourceFinder finder, int comma, int verb, int lo) {
    if (comma - 1 <= lo) return null;
    Source s = finder.subjectBefore(verb, lo);
    if (s == null || s.words().end() > comma || s.antecedent() != null) return null;
    return s;
  }
}
