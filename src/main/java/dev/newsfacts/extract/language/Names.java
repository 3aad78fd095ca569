package dev.newsfacts.extract.language;

import dev.newsfacts.extract.lexicon.GivenNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The people an article in a profiled language names, found by rule: a run of capitalised words after
 * an honorific ("M. Dupont", "Frau Weber", "Sra. López") or of two or more capitalised words that
 * opens with no determiner ("Anne Martin", "Olaf Scholz"), with particles inside ("Ursula von der
 * Leyen"). Gives each short form its fullest name and each person a gender when the text or the list
 * of given names tells it.
 */
final class Names {
  /** Name particles that may stand inside a name, lower case only. */
  private static final Set<String> PARTICLES = Set.of("de", "del", "von", "van", "der", "den", "la", "da", "di", "du", "y");
  /**
   * The particles that may open a run of them ("von der", "de la"); "der" and "la" only follow one, so a
   * German genitive ("Angaben der Bahn") is no name.
   */
  private static final Set<String> FIRST_PARTICLES = Set.of("de", "del", "von", "van", "da", "di", "du", "y");
  private final LanguageProfile profile;
  private final GivenNames given;

  Names(LanguageProfile profile, GivenNames given) {
    this.profile = profile;
    this.given = given;
  }

  /** A person named in the text: the words as written (honorific left out) and the gender found. */
  record Found(int start, int end, String name, char gender) {
    String last() {
      int sp = name.lastIndexOf(' ');
      return sp < 0 ? name : name.substring(sp + 1);
    }
  }

  /** Every person named in {@code words}, in text order. */
  List<Found> all(String text, List<Word> words) {
    List<Found> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      Found f = at(text, words, i, false);
      if (f == null && agedApposition(words, i)) f = at(text, words, i, true);
      if (f != null) {
        if (person(words, i, f)) out.add(f);
        i = indexAfter(words, i, f.end()) - 1;
      }
    }
    return out;
  }

  /**
   * Whether a name found at word {@code i} is a person: not right after a place preposition ("en Santiago
   * del Estero", "in Graz"), nor right after an article unless a given name stands in it ("les Maple Leafs
   * de Toronto", "der Luzerner Altstadt" are a team and a place; "la Deutsche Bahn" a firm).
   */
  private boolean person(List<Word> words, int i, Found f) {
    if (i == 0) return true;
    Word before = words.get(i - 1);
    if (!before.isLetters()) return true;
    if (profile.places().contains(before.lower())) return false;
    if (!profile.determiners().contains(before.lower()) || profile.titles().containsKey(words.get(i).text())) return true;
    if (f.start() > words.get(i).start()) return true;
    // "le Slovène Tadej Pogacar": three capitalised words or a given name inside make a person
    int count = 0;
    boolean given = false;
    for (int k = i; k < words.size() && words.get(k).end() <= f.end(); k++) {
      if (!words.get(k).isCapitalised()) continue;
      count++;
      given |= words.get(k).end() < f.end() && genderOfGiven(words.get(k).text()) != 0;
    }
    return given || count >= 3;
  }

  /** As {@link #all}, plus each lone surname of a person named in full ("Vingegaard" after "Jonas Vingegaard"). */
  List<Found> withSurnames(String text, List<Word> words) {
    List<Found> full = all(text, words);
    java.util.Map<String, Found> bySurname = new java.util.HashMap<>();
    for (Found f : full) if (f.name().indexOf(' ') > 0) bySurname.putIfAbsent(f.last(), f);
    List<Found> out = new ArrayList<>(full);
    int next = 0;
    for (Word w : words) {
      while (next < full.size() && full.get(next).end() <= w.start()) next++;
      boolean inside = next < full.size() && full.get(next).start() <= w.start();
      Found owner = bySurname.get(w.text());
      if (!inside && owner != null) out.add(new Found(w.start(), w.end(), w.text(), owner.gender()));
    }
    out.sort(java.util.Comparator.comparingInt(Found::start));
    return out;
  }

  /** "Un habitant, Karim, 54 ans, raconte": a lone capitalised word between commas, then an age, is a person. */
  private boolean agedApposition(List<Word> words, int i) {
    return i > 0 && i + 3 < words.size() && words.get(i - 1).text().equals(",") && words.get(i + 1).text().equals(",")
        && Character.isDigit(words.get(i + 2).text().charAt(0)) && profile.ageWords().contains(words.get(i + 3).lower());
  }

  private static int indexAfter(List<Word> words, int i, int end) {
    while (i < words.size() && words.get(i).start() < end) i++;
    return i;
  }

  /**
   * The name that starts at word {@code i}, or null. {@code single} allows a lone capitalised word
   * ("sagte Müller"), which only a speech verb's subject position makes a name.
   */
  Found at(String text, List<Word> words, int i, boolean single) {
    Word w = words.get(i);
    char gender = 0;
    int first = i;
    // "M." and "Dr." are a word and a full stop
    String honor = w.text();
    int afterHonor = i + 1;
    if (afterHonor < words.size() && words.get(afterHonor).text().equals(".") && words.get(afterHonor).start() == w.end()
        && profile.titles().containsKey(honor + ".")) {
      honor = honor + ".";
      afterHonor++;
    }
    boolean honorific = profile.titles().containsKey(honor);
    if (honorific) {
      gender = profile.titles().get(honor) == '0' ? 0 : profile.titles().get(honor);
      first = afterHonor;
      // "Frau Dr. Lena Hoffmann", "Herr Prof. Dr. Weber": titles after the honorific are no part of the name
      int next;
      while ((next = afterTitle(words, first)) > first) first = next;
    } else if (!w.isCapitalised() || !w.isLetters() || excluded(w) || titleAt(words, i + 1)) {
      // "Kinderärztin Frau Dr. Ilse Bergmann": a word before an honorific describes the person the honorific names
      return null;
    }
    // "die Sprecherin", "der Zeitung": a German noun after its article is no name, but "die Deutsche Bahn" is
    boolean afterArticle = !honorific && profile.capitalisesNouns() && i > 0 && words.get(i - 1).isLetters()
        && profile.determiners().contains(words.get(i - 1).lower());
    int k = first;
    int lastCap = -1;
    int capsBeforeParticle = 0;
    boolean particle = false;
    while (k < words.size()) {
      Word x = words.get(k);
      if (k > first && x.start() - words.get(k - 1).end() > 1) break;
      boolean nextCap = k + 1 < words.size() && nameWord(words.get(k + 1), false);
      if (k > first && lastCap == k - 1 && capsBeforeParticle == 1 && !particle && x.isLetters()
          && FIRST_PARTICLES.contains(lower(x.text())) && k + 1 < words.size()
          && PARTICLES.contains(words.get(k + 1).text())) {
        // "Alexander Van der Bellen": a capitalised particle that opens a run of them
        particle = true;
      } else if (nameWord(x, k == first)) {
        lastCap = k;
        if (!particle) capsBeforeParticle++;
      } else if ((k > first && lastCap == k - 1 || k == first && honorific) && nextCap && x.isLetters() && x.isCapitalised()
          && profile.determiners().contains(x.lower())) {
        // "Bruno Le Maire": a capitalised article inside a name
        particle = true;
      } else if (x.isLetters() && lastCap >= 0 && capsBeforeParticle == 1
          && (particle ? PARTICLES : FIRST_PARTICLES).contains(x.text())) {
        // "Luis de la Fuente", "Ursula von der Leyen" (a given name, then particles), not "Kastens von der Firma"
        particle = true;

      } else {
        break;
      }
      k++;
    }
    if (lastCap < 0) return null;
    int count = 0;
    for (int j = first; j <= lastCap; j++) if (words.get(j).isCapitalised()) count++;
    if (!honorific && count < 2 && (!single || afterArticle)) return null;
    // "Bundeskanzler Olaf Scholz", "Personalvorstand Martin Seiler": a word before a given name is a title
    while (first < lastCap && isRoleWord(words.get(first))) first++;
    if (!honorific && !profile.capitalisesNouns() && count >= 3 && first + 1 < lastCap && i > 0
        && profile.determiners().contains(words.get(i - 1).lower()) && genderOfGiven(words.get(first + 1).text()) != 0
        && genderOfGiven(words.get(first).text()) == 0) {
      // "le Slovène Tadej Pogacar": after an article the first word describes ("el alcalde, Xosé Manuel Lorenzo" keeps it)
      first++;
    } else if (!honorific && profile.capitalisesNouns()) {
      // "Ihr Kollege Florian Wendl", "Landeshauptmann Gernot Haidinger": in German every noun is capitalised,
      // so words before the first given name with at least a surname after it are a description
      for (int g = first + 1; g < lastCap; g++) {
        if (genderOfGiven(words.get(g).text()) == 0) continue;
        if (genderOfGiven(words.get(first).text()) == 0) first = g;
        break;
      }
    }
    String name = text.substring(words.get(first).start(), words.get(lastCap).end());
    if (gender == 0 && first > 0 && isRoleWord(words.get(first - 1))) gender = roleGender(words, first - 1);
    if (gender == 0) gender = genderOfGiven(words.get(first).text());
    return new Found(words.get(first).start(), words.get(lastCap).end(), name, gender);
  }

  /** The word after a title ("Dr", "Dr.") at word {@code k}, or {@code k} when none stands there. */
  private int afterTitle(List<Word> words, int k) {
    if (k >= words.size()) return k;
    String t = words.get(k).text();
    if (k + 1 < words.size() && words.get(k + 1).text().equals(".") && words.get(k + 1).start() == words.get(k).end()
        && profile.titles().containsKey(t + ".")) {
      return k + 2;
    }
    return profile.titles().containsKey(t) && profile.titles().get(t) == '0' ? k + 1 : k;
  }

  private boolean titleAt(List<Word> words, int k) {
    return k < words.size() && afterTitle(words, k) > k
        || k < words.size() && profile.titles().containsKey(words.get(k).text());
  }

  private static String lower(String w) {
    return LanguageProfile.lower(w);
  }

  /** 'M' or 'F' for a given name of this language or of the shared list, else 0. */
  char genderOfGiven(String word) {
    Character g = profile.givenNames().get(word);
    if (g != null) return g;
    char e = given.genderOf(word);
    if (e == 'M' || e == 'F') return e;
    // "Marie-Joseph", "Jean-François": a compound given name has the gender of its first part
    int hyphen = word.indexOf('-');
    return hyphen > 1 ? genderOfGiven(word.substring(0, hyphen)) : 0;
  }

  /**
   * A capitalised word that may stand in a name: no determiner, pronoun, month…; a role noun only inside a
   * name and outside German, where every noun is capitalised ("Bruno Le Maire", but "Ministerin Petra Vogel").
   */
  private boolean nameWord(Word x, boolean atStart) {
    if (!x.isLetters() || !x.isCapitalised()) return false;
    if (!excluded(x)) return true;
    return !atStart && !profile.capitalisesNouns() && isRoleWord(x) && !profile.determiners().contains(x.lower());
  }

  /** Words that open a sentence or name no one: determiners, pronouns, months, words in capitals (datelines). */
  private boolean excluded(Word w) {
    String l = w.lower();
    return profile.determiners().contains(l) || profile.pronouns().containsKey(l) || profile.months().containsKey(l)
        || profile.joiners().contains(l) || profile.according().contains(l) || profile.isSpeechForm(l)
        || profile.openers().contains(l)
        || (w.text().length() > 1 && w.text().equals(w.text().toUpperCase(java.util.Locale.ROOT)))
        || isRoleWord(w);
  }

  /** A speech verb or an auxiliary ("sagte", "a"): a word that opens a clause, no apposition. */
  boolean opensClause(Word w) {
    return profile.isSpeechForm(w.text()) || profile.auxiliaries().contains(w.lower());
  }

  /** "ministre", "Sprecherin", "Bundeskanzler" (a compound ending in a role noun). */
  boolean isRoleWord(Word w) {
    String l = w.lower();
    if (profile.roleNouns().containsKey(l)) return true;
    for (String r : profile.roleNouns().keySet()) if (r.length() >= 4 && l.endsWith(r)) return true;
    return false;
  }

  /** The gender a role noun gives ("Sprecherin") or its article gives ("la ministre"), else 0. */
  char roleGender(List<Word> words, int k) {
    if (k < 0) return 0;
    Character g = profile.roleNouns().get(words.get(k).lower());
    if (g != null && g != '0') return g;
    if (k > 0) {
      String det = words.get(k - 1).lower();
      if (Set.of("la", "die", "une", "una", "eine").contains(det)) return 'F';
      if (Set.of("le", "der", "un", "el", "ein").contains(det)) return 'M';
    }
    return 0;
  }

  /** The fullest name among {@code known} that ends with the same word as {@code name} and contains it. */
  static String fullest(String name, List<Found> known) {
    String best = name;
    String last = name.substring(name.lastIndexOf(' ') + 1);
    for (Found f : known) {
      if (f.last().equals(last) && f.name().length() > best.length() && f.name().endsWith(name)) best = f.name();
    }
    return best;
  }
}
