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
  private static final Set<String> PARTICLES = Set.of("de", "del", "von", "van", "der", "la", "da", "di", "du", "y");
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
      if (f != null) {
        out.add(f);
        i = indexAfter(words, i, f.end()) - 1;
      }
    }
    return out;
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
    } else if (!w.isCapitalised() || !w.isLetters() || excluded(w)) {
      return null;
    } else if (profile.code().equals("de") && i > 0 && words.get(i - 1).isLetters()
        && profile.determiners().contains(words.get(i - 1).lower())) {
      // "die Sprecherin", "der Zeitung": a German noun after its article is no name
      return null;
    }
    int k = first;
    int lastCap = -1;
    while (k < words.size()) {
      Word x = words.get(k);
      if (k > first && x.start() - words.get(k - 1).end() > 1) break;
      if (x.isLetters() && x.isCapitalised() && !excluded(x)) {
        lastCap = k;
      } else if (!(x.isLetters() && PARTICLES.contains(x.text()) && lastCap >= 0)) {
        break;
      }
      k++;
    }
    if (lastCap < 0) return null;
    int count = 0;
    for (int j = first; j <= lastCap; j++) if (words.get(j).isCapitalised()) count++;
    if (!honorific && count < 2 && !single) return null;
    // "Bundeskanzler Olaf Scholz": a role word opening the run is a title, not part of the name
    while (first < lastCap && isRoleWord(words.get(first))) first++;
    String name = text.substring(words.get(first).start(), words.get(lastCap).end());
    if (gender == 0 && first > 0 && isRoleWord(words.get(first - 1))) gender = roleGender(words, first - 1);
    if (gender == 0) {
      char g = given.genderOf(words.get(first).text());
      if (g == 'M' || g == 'F') gender = g;
    }
    return new Found(words.get(first).start(), words.get(lastCap).end(), name, gender);
  }

  /** Words that open a sentence or name no one: determiners, pronouns, months, words in capitals (datelines). */
  private boolean excluded(Word w) {
    String l = w.lower();
    return profile.determiners().contains(l) || profile.pronouns().containsKey(l) || profile.months().containsKey(l)
        || profile.joiners().contains(l) || profile.according().contains(l) || profile.isSpeechForm(l)
        || (w.text().length() > 1 && w.text().equals(w.text().toUpperCase(java.util.Locale.ROOT)))
        || isRoleWord(w);
  }

  /** "ministre", "Sprecherin", "Bundeskanzler" (a compound ending in a role noun). */
  boolean isRoleWord(Word w) {
    String l = w.lower();
    if (profile.roleNouns().containsKey(l)) return true;
    for (String r : profile.roleNouns().keySet()) if (r.length() >= 5 && l.endsWith(r)) return true;
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
