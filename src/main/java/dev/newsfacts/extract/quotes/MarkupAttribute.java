package dev.newsfacts.extract.quotes;

/**
 * The value of an attribute in markup left in a text (<tweet author="@someone" date="March 4">,
 * <a href="http://...">): its marks follow an equals sign, and nobody said what they hold.
 */
final class MarkupAttribute {
  private MarkupAttribute() {}

  static boolean test(String text, QuotedSpan s) {
    return s.openMark() > 0 && text.charAt(s.openMark() - 1) == '=';
  }
}
