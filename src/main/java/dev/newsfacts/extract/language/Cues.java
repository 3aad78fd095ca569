package dev.newsfacts.extract.language;

import java.util.List;
import java.util.Set;

/**
 * Where a quote's speaker is named, read with the profile's words: a speech verb (alone, in the compound
 * past, or inverted with its pronoun: "a-t-il affirmé", "dit-elle") or a source word ("selon", "laut",
 * "según"), then the subject on whichever side the language puts it.
 */
final class Cues {
  /** The subject is looked for this many words away from its verb, at most. */
  private static final int SUBJECT_WINDOW = 16;
  private static final int VERB_REACH_BEFORE_QUOTE = 12;
  private static final Set<String> STOPS = Set.of(".", ";", ":", "!", "?", "«", "»", "„", "“", "”", "\"", "(", "‹", "›");
  private static final Set<String> DASHES = Set.of("—", "–");
  private final LanguageProfile profile;
  private final Names names;

  Cues(LanguageProfile profile, Names names) {
    this.profile = profile;
    this.names = names;
  }

  /** A speech verb: the cue's offsets, the word after it, and the pronoun joined to it ("a-t-il"), if any. */
  record Verb(int cueStart, int cueEnd, int next, char pronoun, int pronounStart, int pronounEnd) {}

  /** A speaker found between a verb and {@code end}, the offset where the words naming it stop. */
  record Subject(Attribution by, int end) {}

  /** Speech set into a quote: where the quote's first part ends, where its second part resumes. */
  record Incise(int quoteEnd, int resume, Attribution by) {}

  Verb verbAt(List<Word> words, int k) {
    if (k < 0 || k >= words.size()) return null;
    Word w = words.get(k);
    if (!w.isLetters()) return null;
    String l = w.lower();
    String[] parts = l.split("-");
    if (parts.length >= 2) {
      char pro = profile.pronoun(parts[parts.length - 1]);
      if (pro != 0) {
        int ps = w.end() - parts[parts.length - 1].length();
        if (profile.isSpeechForm(parts[0])) return new Verb(w.start(), ps - 1, k + 1, pro, ps, w.end());
        if (profile.auxiliaries().contains(parts[0]) && k + 1 < words.size() && profile.isSpeechForm(words.get(k + 1).text())) {
          return new Verb(w.start(), words.get(k + 1).end(), k + 2, pro, ps, w.end());
        }
      }
      return null;
    }
    if (profile.isSpeechForm(l)) return new Verb(w.start(), w.end(), k + 1, (char) 0, -1, -1);
    if (profile.auxiliaries().contains(l) && k + 1 < words.size() && profile.isSpeechForm(words.get(k + 1).text())) {
      return new Verb(w.start(), words.get(k + 1).end(), k + 2, (char) 0, -1, -1);
    }
    return null;
  }

  private Attribution pronounOf(Verb v, String text, String rule) {
    return new Attribution(v.pronounStart(), v.pronounEnd(), null, v.pronoun(), null, v.cueStart(), v.cueEnd(), rule);
  }

  /** "», a déclaré X", "“, sagte er", "», según X": the cue right after a closing mark at {@code from}. */
  Attribution after(String text, List<Word> words, int from, int paraEnd) {
    int k = indexAtOrAfter(words, from);
    while (k < words.size() && (words.get(k).text().equals(",") || DASHES.contains(words.get(k).text()))) k++;
    if (k >= words.size() || words.get(k).start() >= paraEnd || words.get(k).start() - from > 4) return null;
    Word w = words.get(k);
    if (profile.according().contains(w.lower())) {
      Subject s = subjectAfter(text, words, k + 1, paraEnd, w.start(), w.end(), "profile-source-after");
      return s == null ? null : s.by();
    }
    Verb v = verbAt(words, k);
    if (v == null) return null;
    if (v.pronoun() != 0) return pronounOf(v, text, "profile-inverted-pronoun");
    Subject s = subjectAfter(text, words, v.next(), paraEnd, v.cueStart(), v.cueEnd(), "profile-verb-after");
    return s == null ? null : s.by();
  }

  /** "X a déclaré : «", "Er sagte: „", "Selon X, «", "dijo el ministro: «": a cue in the clause before the quote. */
  Attribution before(String text, List<Word> words, int clauseStart, int openMark) {
    int first = indexAtOrAfter(words, clauseStart);
    int last = indexAtOrAfter(words, openMark) - 1;
    for (int j = last; j >= first && last - j < VERB_REACH_BEFORE_QUOTE; j--) {
      Word w = words.get(j);
      if (STOPS.contains(w.text()) && j < last) break;
      if (profile.according().contains(w.lower())) {
        Subject s = subjectAfter(text, words, j + 1, openMark, w.start(), w.end(), "profile-source-before");
        if (s != null) return s.by();
      }
      Verb v = verbAt(words, j);
      if (v == null) continue;
      if (v.pronoun() != 0) return pronounOf(v, text, "profile-inverted-pronoun");
      Subject s = subjectAfter(text, words, v.next(), openMark, v.cueStart(), v.cueEnd(), "profile-verb-subject-after");
      if (s != null && s.by().name() != null) return s.by();
      Attribution b = subjectBefore(text, words, first, j, v);
      if (b != null) return b;
    }
    return null;
  }

  /** "« Nous sommes prêts, a déclaré M. Dupont. Mais … »", "—No cederemos —dijo la ministra—.": a cue set into the quote. */
  Incise incise(String text, List<Word> words, int start, int end) {
    int first = indexAtOrAfter(words, start);
    for (int j = first + 1; j < words.size() && words.get(j).start() < end; j++) {
      String prev = words.get(j - 1).text();
      if (!prev.equals(",") && !DASHES.contains(prev)) continue;
      Verb v = verbAt(words, j);
      Attribution by;
      int stop;
      if (v == null && profile.according().contains(words.get(j).lower())) {
        Subject s = subjectAfter(text, words, j + 1, end, words.get(j).start(), words.get(j).end(), "profile-incise");
        if (s == null) continue;
        by = s.by();
        stop = s.end();
      } else if (v == null) {
        continue;
      } else if (v.pronoun() != 0) {
        by = pronounOf(v, text, "profile-incise");
        stop = v.cueEnd();
      } else {
        Subject s = subjectAfter(text, words, v.next(), end, v.cueStart(), v.cueEnd(), "profile-incise");
        if (s == null) continue;
        by = s.by();
        stop = s.end();
      }
      int k = indexAtOrAfter(words, stop);
      while (k < words.size() && words.get(k).start() < end && !isCloser(words.get(k).text())) k++;
      int resume = end;
      if (k < words.size() && words.get(k).start() < end) {
        int r = k + 1;
        while (r < words.size() && words.get(r).start() < end && isCloser(words.get(r).text())) r++;
        resume = r < words.size() ? Math.min(words.get(r).start(), end) : end;
      }
      return new Incise(words.get(j - 1).start(), resume, by);
    }
    return null;
  }

  private static boolean isCloser(String w) {
    return w.equals(",") || w.equals(".") || w.equals(";") || DASHES.contains(w);
  }

  /**
   * The speaker named from word {@code k} on, before {@code limit}: a pronoun, a name (a lone capitalised
   * word only right after the verb: "sagte Müller"), or a description that opens with a determiner or a
   * role word ("la porte-parole du ministère", "der Sprecher").
   */
  Subject subjectAfter(String text, List<Word> words, int k, int limit, int cueStart, int cueEnd, String rule) {
    if (k >= words.size() || words.get(k).start() >= limit) return null;
    Word w = words.get(k);
    if (profile.pronoun(w.text()) != 0) {
      return new Subject(new Attribution(w.start(), w.end(), null, profile.pronoun(w.text()), null, cueStart, cueEnd, rule),
          w.end());
    }
    int descEnd = -1;
    for (int j = k; j < words.size() && j - k < SUBJECT_WINDOW; j++) {
      Word x = words.get(j);
      if (x.start() >= limit || STOPS.contains(x.text()) && !(x.text().equals(".") && j > k && isTitle(words, j - 1))) break;
      if (descEnd < 0 && x.text().equals(",")) descEnd = words.get(j - 1).end();
      Names.Found f = names.at(text, words, j, j == k);
      if (f != null) {
        return new Subject(new Attribution(f.start(), f.end(), f.name(), (char) 0, null, cueStart, cueEnd, rule), f.end());
      }
    }
    if (!(profile.determiners().contains(w.lower()) || names.isRoleWord(w))) return null;
    int end = descEnd;
    if (end < 0) {
      int j = k;
      while (j + 1 < words.size() && j + 1 - k < SUBJECT_WINDOW && words.get(j + 1).start() < limit
          && !STOPS.contains(words.get(j + 1).text()) && !words.get(j + 1).text().equals(",")) j++;
      end = words.get(j).end();
    }
    String description = text.substring(w.start(), end);
    return new Subject(new Attribution(w.start(), end, null, (char) 0, description, cueStart, cueEnd, rule), end);
  }

  private boolean isTitle(List<Word> words, int j) {
    return profile.titles().containsKey(words.get(j).text() + ".");
  }

  /** "Anne Martin a déclaré", "Il a également affirmé", "Die Ministerin sagte": the subject before verb {@code v} at word {@code j}. */
  private Attribution subjectBefore(String text, List<Word> words, int first, int j, Verb v) {
    for (int b = j - 1; b >= first && j - b <= 4; b--) {
      Word w = words.get(b);
      if (w.text().equals(",") || STOPS.contains(w.text())) break;
      if (profile.pronoun(w.text()) != 0) {
        return new Attribution(w.start(), w.end(), null, profile.pronoun(w.text()), null, v.cueStart(), v.cueEnd(),
            "profile-subject-before");
      }
    }
    Names.Found lastName = null;
    for (int b = first; b < j; b++) {
      Names.Found f = names.at(text, words, b, b == j - 1 || b + 1 < j && words.get(b + 1).text().equals(","));
      if (f != null) {
        lastName = f;
        while (b + 1 < j && words.get(b + 1).start() < f.end()) b++;
      }
    }
    if (lastName != null) {
      return new Attribution(lastName.start(), lastName.end(), lastName.name(), (char) 0, null, v.cueStart(), v.cueEnd(),
          "profile-subject-before");
    }
    Word w = words.get(first);
    if (first < j && (profile.determiners().contains(w.lower()) || names.isRoleWord(w))) {
      int end = words.get(j - 1).end();
      return new Attribution(w.start(), end, null, (char) 0, text.substring(w.start(), end), v.cueStart(), v.cueEnd(),
          "profile-subject-before");
    }
    return null;
  }

  static int indexAtOrAfter(List<Word> words, int offset) {
    int lo = 0;
    int hi = words.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (words.get(mid).start() < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
