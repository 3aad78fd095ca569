package dev.newsfacts.extract.facts;

import java.util.regex.Pattern;

/**
 * "But the figures show the gap has narrowed." A sentence pointing back to figures already credited ("the figures
 * show", "the data showed", "those numbers suggest") keeps that source for itself and for the sentence after it, which
 * gives the figures it speaks of.
 */
final class FiguresShow {
  private FiguresShow() {}

  /** Whether {@code sentence} says that figures named before show something. */
  static boolean pointsBack(String sentence) {
    return sentence.contains(" show") || sentence.contains(" suggest") || sentence.contains(" reveal")
        || sentence.contains(" indicat") ? PointsBackPattern.POINTS_BACK.matcher(sentence).find() : false;
  }

  /** Compiled on first use: tried only on a sentence with "show", "suggest", "reveal" or "indicat", which most articles lack. */
  private static final class PointsBackPattern {
    static final Pattern POINTS_BACK = Pattern.compile(
        "\\b(?:the|these|those|its|their)[ \\u00A0]+"
            + "(?:(?:latest|new|official|same|department['’]s|ministry['’]s)[ \\u00A0]+)?"
            + "(?:figures|data|numbers|statistics)[ \\u00A0]+(?:also[ \\u00A0]+)?"
            + "(?:show|showed|shows|suggest|suggested|reveal|revealed|indicate|indicated)\\b",
        Pattern.CASE_INSENSITIVE);
  }
}
