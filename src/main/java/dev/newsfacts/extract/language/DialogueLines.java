package dev.newsfacts.extract.language;

import dev.newsfacts.extract.nlp.CharSpan;
import dev.newsfacts.extract.quotes.QuotedSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Lines of dialogue: a paragraph that opens with a dash ("—No vamos a ceder —dijo…", "— Nous
 * tiendrons, a lancé…") is speech to the paragraph end; the incise that names the speaker is cut
 * out later. Left open (no closing mark), like a quote running to its paragraph end.
 */
final class DialogueLines {
  private DialogueLines() {}

  static List<QuotedSpan> find(String text, List<CharSpan> paragraphs, List<QuotedSpan> marked) {
    List<QuotedSpan> out = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      int a = paragraphs.get(p).start();
      int b = paragraphs.get(p).end();
      char c = text.charAt(a);
      if (c != '\u2014' && c != '\u2013' && !(c == '-' && a + 1 < b && text.charAt(a + 1) == ' ')) continue;
      int s = a + 1;
      while (s < b && (Character.isWhitespace(text.charAt(s)) || Character.isSpaceChar(text.charAt(s)))) s++;
      boolean taken = false;
      for (QuotedSpan q : marked) taken |= q.paragraph() == p && q.openMark() <= s + 1;
      if (s < b && !taken) out.add(new QuotedSpan(s, b, a, -1, p));
    }
    return out;
  }
}
