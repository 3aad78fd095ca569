package dev.newsfacts.extract.language;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What one language brings to extraction, read from its folder {@code /dev/newsfacts/language/<code>/}.
 * English keeps its own attribution sieves and uses only the marks here; French, German and Spanish
 * use every list (see {@link ProfileQuoteExtractor}, {@link ProfileFigures}, {@link ProfileDateline}).
 *
 * @param dialogueDash whether a paragraph opening with a dash is a line of speech (fr, es)
 * @param speechForms lower-cased verb forms that attribute speech ("déclaré", "sagte", "dijo")
 * @param pronouns lower-cased subject pronoun to 'M', 'F' or 'P'
 * @param titles honorific as written ("M.", "Frau") to 'M', 'F' or '0'
 * @param roleNouns lower-cased noun describing a source ("ministre", "sprecherin") to 'M', 'F' or '0'
 * @param months lower-cased month name to its number
 * @param givenNames common given names of the language as written, to 'M' or 'F'
 * @param opinion lower-cased words that open a sentence with whose view it gives ("Pour X, …", "Para X, …")
 * @param openers lower-cased words that may open a sentence and never start a name ("Desde", "Après")
 * @param ageWords lower-cased words of an age in apposition ("Karim, 54 ans,") that mark a lone name
 * @param adjuncts lower-cased prepositions that open a phrase of time or place after a described subject
 *     ("le technicien lors d'une conférence", "die Bundesrätin im Parlament") and so end the description
 * @param placeWords lower-cased small words written in lower case inside a place name ("Ciudad de México",
 *     "Frankfurt am Main") when a dateline gives the place in capitals
 * @param oblique lower-cased articles after which a name's adjective takes the oblique ending
 *     ("bei der Deutschen Bahn"), which the name's own form ("Deutsche Bahn") does not have
 * @param places lower-cased prepositions of place after which a name is a place, never a person ("en", "in")
 * @param subjunctive lower-cased verb forms of reported speech (German Konjunktiv I: "sei", "habe")
 * @param addressee lower-cased prepositions that open the hearer of a speech verb ("a", "gegenüber")
 * @param datelineForms dateline forms of the language's papers beyond the agency forms ("stop": "Düsseldorf. Der …")
 * @param nouns how the language writes its nouns ("capitalised": every noun, as in German)
 */
public record LanguageProfile(String code, List<MarkPair> marks, boolean dialogueDash, Set<String> speechForms,
    Set<String> auxiliaries, Set<String> according, Set<String> determiners, Set<String> joiners,
    Map<String, Character> pronouns, Map<String, Character> titles, Map<String, Character> roleNouns,
    NumberFormat numbers, Map<String, Integer> months, Map<String, Character> givenNames, Set<String> opinion,
    Set<String> openers, Set<String> ageWords, Set<String> adjuncts, Set<String> placeWords,
    Set<String> oblique, Set<String> places, Set<String> subjunctive, Set<String> addressee,
    Set<String> datelineForms, Set<String> nouns) {

  /** Reads the profile of {@code code}; a missing file gives an empty list (English has marks only). */
  public static LanguageProfile read(String code) {
    List<String[]> markRows = ProfileFile.rows(code, "marks.txt");
    List<MarkPair> marks = marks(markRows);
    boolean dash = false;
    for (String[] r : markRows) if (r[0].equals("dash")) dash = true;
    Set<String> speech = new HashSet<>();
    for (String[] r : ProfileFile.rows(code, "speech-verbs.txt")) for (String w : r) speech.add(lower(w));
    Map<String, Set<String>> grammar = new HashMap<>();
    for (String[] r : ProfileFile.rows(code, "grammar.txt")) {
      Set<String> s = grammar.computeIfAbsent(r[0], k -> new HashSet<>());
      for (int i = 1; i < r.length; i++) s.add(lower(r[i]));
    }
    // "kündigte an", "teilte mit": a separable verb's particle is written with it but attributes nothing alone
    speech.removeAll(grammar.getOrDefault("particles", Set.of()));
    Map<String, Integer> months = new HashMap<>();
    for (String[] r : ProfileFile.rows(code, "dates.txt")) {
      for (int i = 1; i < r.length; i++) months.put(lower(r[i]), Integer.parseInt(r[0]));
    }
    return new LanguageProfile(code, marks, dash, speech, grammar.getOrDefault("aux", Set.of()),
        grammar.getOrDefault("according", Set.of()), grammar.getOrDefault("determiners", Set.of()),
        grammar.getOrDefault("joiners", Set.of()), gendered(code, "pronouns.txt", true),
        gendered(code, "titles.txt", false), gendered(code, "role-nouns.txt", true), numbers(code), months,
        gendered(code, "given-names.txt", false), grammar.getOrDefault("opinion", Set.of()),
        grammar.getOrDefault("openers", Set.of()), grammar.getOrDefault("age", Set.of()),
        grammar.getOrDefault("adjuncts", Set.of()), grammar.getOrDefault("place", Set.of()),
        grammar.getOrDefault("oblique", Set.of()), grammar.getOrDefault("locative", Set.of()),
        grammar.getOrDefault("subjunctive", Set.of()), grammar.getOrDefault("addressee", Set.of()),
        grammar.getOrDefault("dateline", Set.of()), grammar.getOrDefault("nouns", Set.of()));
  }

  public LanguageProfile {
    marks = List.copyOf(marks);
    speechForms = Set.copyOf(speechForms);
    auxiliaries = Set.copyOf(auxiliaries);
    according = Set.copyOf(according);
    determiners = Set.copyOf(determiners);
    joiners = Set.copyOf(joiners);
    pronouns = Map.copyOf(pronouns);
    titles = Map.copyOf(titles);
    roleNouns = Map.copyOf(roleNouns);
    months = Map.copyOf(months);
    givenNames = Map.copyOf(givenNames);
    opinion = Set.copyOf(opinion);
    openers = Set.copyOf(openers);
    ageWords = Set.copyOf(ageWords);
    adjuncts = Set.copyOf(adjuncts);
    placeWords = Set.copyOf(placeWords);
    oblique = Set.copyOf(oblique);
    places = Set.copyOf(places);
    subjunctive = Set.copyOf(subjunctive);
    addressee = Set.copyOf(addressee);
    datelineForms = Set.copyOf(datelineForms);
    nouns = Set.copyOf(nouns);
  }

  /** The quote marks of {@code code}'s profile alone: what English takes from it, without asking for the other files. */
  static List<MarkPair> marks(String code) {
    return List.copyOf(marks(ProfileFile.rows(code, "marks.txt")));
  }

  private static List<MarkPair> marks(List<String[]> rows) {
    List<MarkPair> marks = new java.util.ArrayList<>();
    for (String[] r : rows) {
      if (r.length == 2 && !r[0].equals("dash") && r[0].length() == 1 && r[1].length() == 1) {
        marks.add(new MarkPair(r[0].charAt(0), r[1].charAt(0)));
      }
    }
    return marks;
  }

  /** Whether every noun is written with a capital (German), so that a capital says little of a name. */
  public boolean capitalisesNouns() {
    return nouns.contains("capitalised");
  }

  /** Whether papers in this language open with the place and a full stop ("Düsseldorf. Der Konzern …"). */
  public boolean placeStop() {
    return datelineForms.contains("stop");
  }

  public boolean isSpeechForm(String word) {
    return speechForms.contains(lower(word));
  }

  /** 'M', 'F', 'P' for a subject pronoun, 0 otherwise. */
  public char pronoun(String word) {
    Character c = pronouns.get(lower(word));
    return c == null ? 0 : c;
  }

  static String lower(String w) {
    return w.toLowerCase(Locale.ROOT);
  }

  private static Map<String, Character> gendered(String code, String file, boolean lowerCase) {
    Map<String, Character> m = new HashMap<>();
    for (String[] r : ProfileFile.rows(code, file)) {
      for (int i = 1; i < r.length; i++) m.putIfAbsent(lowerCase ? lower(r[i]) : r[i], r[0].charAt(0));
    }
    return m;
  }

  private static NumberFormat numbers(String code) {
    char decimal = '.';
    StringBuilder group = new StringBuilder();
    Map<String, Double> scales = new HashMap<>();
    List<String> percent = new java.util.ArrayList<>();
    Set<String> joiners = new HashSet<>();
    List<String> approx = new java.util.ArrayList<>();
    Map<String, Integer> words = new HashMap<>();
    Set<String> measures = new HashSet<>();
    for (String[] r : ProfileFile.rows(code, "numbers.txt")) {
      switch (r[0]) {
        case "word" -> {
          for (int i = 2; i < r.length; i++) words.put(lower(r[i]), Integer.parseInt(r[1]));
        }
        case "measure" -> {
          for (int i = 1; i < r.length; i++) measures.add(lower(r[i]));
        }
        case "decimal" -> decimal = r[1].charAt(0);
        case "group" -> {
          for (int i = 1; i < r.length; i++) {
            group.append(switch (r[i]) {
              case "space" -> " ";
              case "nbsp" -> "\u00A0";
              case "thin" -> "\u2009";
              case "narrow" -> "\u202F";
              default -> r[i];
            });
          }
        }
        case "scale" -> {
          for (int i = 2; i < r.length; i++) scales.put(r[i].replace('_', ' '), Double.parseDouble(r[1]));
        }
        case "percent" -> percent.add(String.join(" ", java.util.Arrays.copyOfRange(r, 1, r.length)));
        case "approx" -> approx.add(String.join(" ", java.util.Arrays.copyOfRange(r, 1, r.length)));
        case "unitjoin" -> {
          for (int i = 1; i < r.length; i++) joiners.add(r[i]);
        }
        default -> { }
      }
    }
    return new NumberFormat(decimal, group.toString(), scales, percent, joiners, approx, words, measures);
  }
}
