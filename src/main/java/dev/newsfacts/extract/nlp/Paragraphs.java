package dev.newsfacts.extract.nlp;

import java.util.ArrayList;
import java.util.List;

/** Splits text into paragraphs at line breaks (LF, CRLF or CR), trimming surrounding blanks. */
public final class Paragraphs {
  private Paragraphs() {}

  /** Non-blank lines as {@code [start, end)} pairs, white space trimmed at both ends. */
  public static List<CharSpan> split(String text) {
    List<CharSpan> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      int end = i;
      while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') end++;
      int a = i;
      int b = end;
      while (a < b && Character.isWhitespace(text.charAt(a))) a++;
      while (b > a && Character.isWhitespace(text.charAt(b - 1))) b--;
      if (b > a) out.add(new CharSpan(a, b));
      i = end + 1;
    }
    return out;
  }
}
