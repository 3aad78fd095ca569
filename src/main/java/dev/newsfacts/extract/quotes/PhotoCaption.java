package dev.newsfacts.extract.quotes;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A paragraph that ends with a photo credit in parentheses is a caption: "Mayor Lee says the plan will
 * pass. (Photo: Ana Ruiz/The Canadian Press)". Its "says" describes the picture, and news pages that
 * carry captions in the body text do not count them as quotes. The credit either opens with a picture
 * marker and a colon or is a photographer and an agency joined by a slash.
 */
final class PhotoCaption {
  private PhotoCaption() {}

  /** Whether the paragraph {@code [from, to)} ends with a photo credit in parentheses. */
  static boolean test(String text, int from, int to, Set<String> markers) {
    int end = to;
    while (end > from && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == '.')) end--;
    if (end <= from || text.charAt(end - 1) != ')') return false;
    int open = text.lastIndexOf('(', end - 1);
    if (open < from) return false;
    String inside = text.substring(open + 1, end - 1).strip();
    int colon = inside.indexOf(':');
    if (colon > 0 && markers.contains(inside.substring(0, colon).strip().toLowerCase(Locale.ROOT))) return true;
    return SlashCreditPattern.SLASH_CREDIT.matcher(inside).matches();
  }

  /** Compiled on first use: tried only on a paragraph that ends in brackets holding no credit word. */
  private static final class SlashCreditPattern {
    /** "Geoff Robins/The Canadian Press", "THE CANADIAN PRESS/Darren Calabrese": capitalised words around one slash. */
    static final Pattern SLASH_CREDIT = Pattern.compile(
        "\\p{Lu}[\\p{L}.'\u2019-]*(?: \\p{Lu}[\\p{L}.'\u2019-]*){0,5} ?/ ?(?:[Tt]he )?\\p{Lu}[\\p{L}.'\u2019-]*(?: \\p{Lu}[\\p{L}.'\u2019-]*){0,5}");
  }
}
