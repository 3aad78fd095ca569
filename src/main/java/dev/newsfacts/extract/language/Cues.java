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
    // "a fait valoir la ministre": two auxiliaries before the speech verb
    if (profile.auxiliaries().contains(l) && k + 2 < words.size() && profile.auxiliaries().contains(words.get(k + 1).lower())
        && profile.isSpeechForm(words.get(k + 2).text())) {
      return new Verb(w.start(), words.get(k + 2).end(), k + 3, (char) 0, -1, -1);
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
    if (s != null) return s.by();
    // "», advirtió." "“, fügte er hinzu": a verb with no subject after it (Spanish drops the pronoun) stands
    // for the person just named, as a pronoun of either gender does
    boolean ends = v.next() >= words.size() || words.get(v.next()).start() >= paraEnd
        || STOPS.contains(words.get(v.next()).text()) || words.get(v.next()).text().equals(",");
    return ends ? new Attribution(v.cueStart(), v.cueEnd(), null, UNSTATED, null, v.cueStart(), v.cueEnd(),
        "profile-unstated-subject") : null;
  }

  /** The pronoun code of a subject the sentence leaves out: either gender. */
  static final char UNSTATED = '?';

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
      // "Er kündigte Widerstand an: „…“", "Il a déclaré : «": a pronoun right before the verb is its subject
      int p = j - 1;
      if (p > first && profile.auxiliaries().contains(words.get(p).lower())) p--;
      if (p >= first && profile.pronoun(words.get(p).text()) != 0) {
        Word pro = words.get(p);
        return new Attribution(pro.start(), pro.end(), null, profile.pronoun(pro.text()), null, v.cueStart(), v.cueEnd(),
            "profile-subject-before");
      }
      Subject s = subjectAfter(text, words, v.next(), openMark, v.cueStart(), v.cueEnd(), "profile-verb-subject-after");
      // "Zugleich warnte er vor zu hohen Erwartungen: „…“": a pronoun right after the verb is its inverted subject
      if (s != null && s.by().isPronoun() && s.by().start() == words.get(v.next()).start()) return s.by();
      boolean addressee = s != null && s.by().name() != null && afterDeterminer(words, s.by().start());
      if (s != null && s.by().name() != null && !addressee) return s.by();
      // "Die Sparte schreibe Verluste, sagte der Manager": a verb right after a comma is inverted, its subject after it
      if (s != null && j > first && words.get(j - 1).text().equals(",")) return s.by();
      Attribution b = subjectBefore(text, words, first, j, v);
      if (b != null) return b;
      if (addressee) return s.by();
    }
    // the clause may start with the full stop of the sentence before it when the splitter joined the two
    while (first < last && STOPS.contains(words.get(first).text())) first++;
    // "Pour l'eurodéputée Marie Toussaint, ce report est « … »": the view of whom the opening phrase names
    if (last > first && profile.opinion().contains(words.get(first).lower())) {
      // up to the last comma before the quote, past a name in apposition ("Pour la cheffe de groupe, Sophie Lemaire,")
      int comma = last;
      while (comma > first + 1 && !words.get(comma).text().equals(",")) comma--;
      if (words.get(comma).text().equals(",")) {
        Subject s = subjectAfter(text, words, first + 1, words.get(comma).start(), words.get(first).start(),
            words.get(first).end(), "profile-opinion");
        if (s != null) return s.by();
      }
    }
    // "Lindner zeigte sich zufrieden: „…“": a colon before the quote introduces the words of the clause's subject
    if (last >= first && words.get(last).text().equals(":")) {
      Names.Found f = firstName(text, words, first, last);
      if (f == null && first + 1 < last && names.isRoleWord(words.get(first))) {
        // "Torschütze Marić gab sich bescheiden:": a lone surname after a role word
        f = names.at(text, words, first + 1, true);
      }
      if (f != null) {
        return new Attribution(f.start(), f.end(), f.name(), (char) 0, null, -1, -1, "profile-colon");
      }
      // "Die Sprecherin des Finanzministeriums wies die Kritik zurück: „…“": a described subject, maybe unnamed
      Word w = words.get(first);
      if (profile.determiners().contains(w.lower()) || names.isRoleWord(w) || elidedArticle(w)) {
        int e = first + 1;
        while (e < last && descriptionWord(words.get(e))) e++;
        if (e > first + 1) {
          int end = words.get(e - 1).end();
          return new Attribution(w.start(), end, null, (char) 0, text.substring(w.start(), end), -1, -1, "profile-colon");
        }
      }
    }
    return null;
  }

  /** The first name of a person in words {@code [first, end)}: the subject, before any apposition. */
  private Names.Found firstName(String text, List<Word> words, int first, int end) {
    Names.Found firstFound = null;
    Names.Found firstAfterArticle = null;
    for (int b = first; b < end; b++) {
      Names.Found f = names.at(text, words, b, false);
      if (f == null) continue;
      // "la Confederación General del Trabajo (CGT), su secretario general, Héctor Daer,": after an article, an
      // organisation; "L'avocat de Jean-Marc Rivière, Me Thomas Benhamou,": after "de", whom the subject serves
      if (afterDeterminer(words, f.start())) {
        if (firstAfterArticle == null) firstAfterArticle = f;
        while (b + 1 < end && words.get(b + 1).start() < f.end()) b++;
        continue;
      }
      // "El líder del Partido Popular, Alberto Núñez Feijóo,": a name opening with a given name is the person
      if (names.genderOfGiven(f.name().split(" ")[0]) != 0) return f;
      if (firstFound == null) firstFound = f;
      while (b + 1 < end && words.get(b + 1).start() < f.end()) b++;
    }
    return firstFound != null ? firstFound : firstAfterArticle;
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
        if (s == null && !closesIncise(words, v.next(), end)) continue;
        // "—Cuando llegué, … —recuerda—. Aprendimos …": a verb alone between dashes, its subject left out
        by = s != null ? s.by() : new Attribution(v.cueStart(), v.cueEnd(), null, UNSTATED, null, v.cueStart(), v.cueEnd(),
            "profile-incise");
        stop = s != null ? s.end() : v.cueEnd();
      }
      int k = indexAtOrAfter(words, stop);
      // "—Nos prometieron … —recuerda Antonio Pérez, un agricultor de 67 años—. Seguimos…": an incise opened
      // with a dash runs to the next dash, past any apposition; without one it ends at the first closer
      int dash = DASHES.contains(prev) ? nextDash(words, k, end) : -1;
      if (dash >= 0) k = dash;
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

  /** Whether word {@code k} ends an incise right after its verb: a dash, a comma or a full stop, or the quote's end. */
  private static boolean closesIncise(List<Word> words, int k, int end) {
    return k >= words.size() || words.get(k).start() >= end || isCloser(words.get(k).text());
  }

  /** The index of the first dash from word {@code k} on before offset {@code end}, or -1. */
  private static int nextDash(List<Word> words, int k, int end) {
    for (int i = k; i < words.size() && words.get(i).start() < end; i++) if (DASHES.contains(words.get(i).text())) return i;
    return -1;
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
    int past = pastAddressee(text, words, k, limit);
    if (past > k) {
      // "señaló a la emisora Caracol Radio la lideresa Yasmina Epiayú": the hearer first, then the speaker
      Subject s = subjectAfter(text, words, past, limit, cueStart, cueEnd, rule);
      if (s != null) return s;
    }
    Word w = words.get(k);
    if (profile.pronoun(w.text()) != 0) {
      return new Subject(new Attribution(w.start(), w.end(), null, profile.pronoun(w.text()), null, cueStart, cueEnd, rule),
          w.end());
    }
    int descEnd = -1;
    boolean described = profile.determiners().contains(w.lower()) || names.isRoleWord(w);
    int adjunct = -1;
    for (int j = k; j < words.size() && j - k < SUBJECT_WINDOW; j++) {
      Word x = words.get(j);
      if (x.start() >= limit || STOPS.contains(x.text()) && !(x.text().equals(".") && j > k && isTitle(words, j - 1))) break;
      if (descEnd < 0 && x.text().equals(",")) descEnd = words.get(j - 1).end();
      // the described subject takes at least its head word ("le technicien", "l'entraîneur") before the phrase
      int head = profile.determiners().contains(w.lower()) ? k + 1 : k;
      if (described && adjunct < 0 && j > head && profile.adjuncts().contains(x.lower())) adjunct = j;
      Names.Found f = names.at(text, words, j, j == k);
      if (f != null && adjunct >= 0 && !words.get(j - 1).text().equals(",")) {
        // "a déclaré le technicien lors d'une conférence de presse au Groupama Stadium": past a phrase of
        // time or place, a name is where it was said, unless it stands in apposition after a comma
        if (descEnd < 0) descEnd = words.get(adjunct - 1).end();
        break;
      }
      if (f != null && indefinite(w) && j > k && complement(words, f.start())) {
        // "résumait un membre des Bad Gones", "dijo una vecina de Sabadell": the unnamed person's group or place
        break;
      }
      if (f != null) {
        // "sagte der Leiter der Feuerwehr Köln, Christian Miller": the organisation, then the person in apposition
        if (afterDeterminer(words, f.start())) {
          Names.Found p = apposedPerson(text, words, indexAfterOffset(words, f.end()), limit);
          if (p != null) f = p;
        }
        return new Subject(new Attribution(f.start(), f.end(), f.name(), (char) 0, null, cueStart, cueEnd, rule), f.end());
      }
    }
    if (!described) return null;
    int end = descEnd;
    if (end < 0) {
      int j = k;
      while (j + 1 < words.size() && j + 1 - k < SUBJECT_WINDOW && words.get(j + 1).start() < limit
          && !STOPS.contains(words.get(j + 1).text()) && !words.get(j + 1).text().equals(",")
          && !(j + 1 > k && profile.adjuncts().contains(words.get(j + 1).lower()))) j++;
      end = words.get(j).end();
    }
    String description = text.substring(w.start(), end);
    return new Subject(new Attribution(w.start(), end, null, (char) 0, description, cueStart, cueEnd, rule), end);
  }

  /**
   * The word after a hearer that opens a speech verb's subject position ("a la emisora Caracol Radio", "à
   * la radio France Inter"): an addressee preposition, its article, lower-case nouns and a name, then an
   * article or a role word that opens the speaker; {@code k} when no such phrase stands there.
   */
  private int pastAddressee(String text, List<Word> words, int k, int limit) {
    if (!profile.addressee().contains(words.get(k).lower())) return k;
    int j = k + 1;
    while (j < words.size() && words.get(j).start() < limit && words.get(j).isLetters() && !words.get(j).isCapitalised()
        && j - k < 5) j++;
    Names.Found hearer = j < words.size() && words.get(j).start() < limit ? names.at(text, words, j, true) : null;
    if (hearer == null) return k;
    int after = indexAtOrAfter(words, hearer.end());
    if (after >= words.size() || words.get(after).start() >= limit) return k;
    Word next = words.get(after);
    return next.isLetters() && (profile.determiners().contains(next.lower()) || names.isRoleWord(next)) ? after : k;
  }

  /** The name right after a comma at word {@code k} (", Christian Miller"), maybe after a role in apposition. */
  private Names.Found apposedPerson(String text, List<Word> words, int k, int limit) {
    // the rest of the organisation's name may come first ("la Agencia Catalana del Agua, Samuel Reyes")
    for (int rest = 0; rest < 4 && k < words.size() && words.get(k).start() < limit && words.get(k).isLetters()
        && (words.get(k).isCapitalised() || profile.joiners().contains(words.get(k).lower())); rest++) k++;
    if (k >= words.size() || !words.get(k).text().equals(",")) return null;
    for (int j = k + 1; j < words.size() && j - k < 6 && words.get(j).start() < limit; j++) {
      if (STOPS.contains(words.get(j).text())) return null;
      Names.Found f = names.at(text, words, j, false);
      if (f != null) return afterDeterminer(words, f.start()) ? null : f;
    }
    return null;
  }

  private static int indexAfterOffset(List<Word> words, int offset) {
    return indexAtOrAfter(words, offset);
  }

  private static final Set<String> INDEFINITE = Set.of("un", "une", "ein", "eine", "einer", "una", "uno");

  /** "un membre", "ein Sprecher", "una vecina": a subject that opens with an indefinite article. */
  private static boolean indefinite(Word w) {
    return INDEFINITE.contains(w.lower());
  }

  /** Whether the word before offset {@code start} is an article or a joiner ("des Bad Gones", "von Hapag-Lloyd"). */
  private boolean complement(List<Word> words, int start) {
    int k = indexAtOrAfter(words, start) - 1;
    return k >= 0 && words.get(k).isLetters()
        && (profile.determiners().contains(words.get(k).lower()) || profile.joiners().contains(words.get(k).lower()));
  }

  /** Whether the word before offset {@code start} is an article or determiner ("der Nachrichtenagentur Reuters"). */
  private boolean afterDeterminer(List<Word> words, int start) {
    int k = indexAtOrAfter(words, start) - 1;
    return k >= 0 && words.get(k).isLetters() && profile.determiners().contains(words.get(k).lower())
        && !profile.titles().containsKey(words.get(k).text());
  }

  /** "L'Union", "l'Aemet": a word that carries its elided article. */
  boolean elidedArticle(Word w) {
    String t = w.text();
    return !w.withoutElision().equals(t) && profile.determiners().contains(LanguageProfile.lower(t.substring(0, t.length() - w.withoutElision().length())).replace('’', '\''));
  }

  /** A word that continues a description of a source: a joiner, a determiner, a capitalised or role word. */
  private boolean descriptionWord(Word w) {
    return w.isLetters() && (profile.joiners().contains(w.lower()) || profile.determiners().contains(w.lower())
        || w.isCapitalised() || names.isRoleWord(w));
  }

  private boolean isTitle(List<Word> words, int j) {
    return profile.titles().containsKey(words.get(j).text() + ".");
  }

  /** "Anne Martin a déclaré", "Il a également affirmé", "Die Ministerin sagte": the subject before verb {@code v} at word {@code j}. */
  private Attribution subjectBefore(String text, List<Word> words, int first, int j, Verb v) {
    for (int b = j - 1; b >= first && j - b <= 4; b--) {
      Word w = words.get(b);
      if (w.text().equals(",") || STOPS.contains(w.text())) break;
      if (w.isCapitalised() && profile.pronoun(w.text()) == 0 && b > first) break;
      if (profile.pronoun(w.text()) != 0) {
        return new Attribution(w.start(), w.end(), null, profile.pronoun(w.text()), null, v.cueStart(), v.cueEnd(),
            "profile-subject-before");
      }
    }
    // the first full name is the subject ("Le docteur Marc Noizet, président de Samu-Urgences de France, a
    // qualifié"); a lone word counts only right before the verb ("Müller sagte")
    Names.Found lastName = firstName(text, words, first, j);
    if (lastName == null && j - 1 >= first) {
      int b = j - 1;
      if (words.get(b).text().equals(",") && b - 1 >= first) b--;
      // "Ein Sprecher von Volkswagen sagte": a lone word after "von", "de" is the speaker's organisation
      boolean complement = b - 1 >= first && profile.joiners().contains(words.get(b - 1).lower());
      if (!complement) lastName = names.at(text, words, b, true);
    }
    if (lastName != null) {
      return new Attribution(lastName.start(), lastName.end(), lastName.name(), (char) 0, null, v.cueStart(), v.cueEnd(),
          "profile-subject-before");
    }
    Word w = words.get(first);
    if (first < j && (profile.determiners().contains(w.lower()) || names.isRoleWord(w) || elidedArticle(w))) {
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
