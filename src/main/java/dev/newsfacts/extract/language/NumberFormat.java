package dev.newsfacts.extract.language;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How one language writes numbers: "3 000" or "3.000" for three thousand, "2,5" for two and a half,
 * the scale words that multiply ("millions", "Mrd.", "mil millones"), the words that make a number a
 * share ("pour cent", "Prozent") and the words that join a scale to its unit ("millions d'euros").
 *
 * @param scales scale word (as written, with "_" for a space) to its factor
 * @param numberWords lower-cased number written as a word ("zwei", "deux", "dos") to its value
 * @param measures lower-cased units of measure ("liter", "litres", "grados") after which a number word is a figure
 */
public record NumberFormat(char decimal, String groupChars, Map<String, Double> scales, List<String> percentWords,
    Set<String> unitJoiners, List<String> approximations, Map<String, Integer> numberWords, Set<String> measures) {
  public NumberFormat {
    numberWords = Map.copyOf(numberWords);
    measures = Set.copyOf(measures);
    approximations = List.copyOf(approximations);
    scales = Map.copyOf(scales);
    percentWords = List.copyOf(percentWords);
    unitJoiners = Set.copyOf(unitJoiners);
  }
}
