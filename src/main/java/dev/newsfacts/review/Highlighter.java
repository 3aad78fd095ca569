package dev.newsfacts.review;

import dev.newsfacts.model.Quote;
import dev.newsfacts.model.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Cuts the article text into runs at every quote, cue and speaker-mention boundary. A run inside
 * several quotes (a partial quote inside reported speech) takes the innermost one's colour.
 * Spans that do not fit the text are left out (the page lists them as problems).
 */
final class Highlighter {
  private Highlighter() {}

  static boolean fits(int start, int end, String text) {
    return start >= 0 && start < end && end <= text.length();
  }

  static List<Segment> segments(String text, List<Quote> quotes, Map<String, String> colours) {
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
    for (Quote q : quotes) {
      if (fits(q.start(), q.end(), text)) {
        cuts.add(q.start());
        cuts.add(q.end());
      }
      for (TextSpan s : sideSpans(q)) {
        if (fits(s.start(), s.end(), text)) {
          cuts.add(s.start());
          cuts.add(s.end());
        }
      }
    }
    List<Segment> out = new ArrayList<>();
    Integer prev = null;
    for (int cut : cuts) {
      if (prev != null && cut > prev) out.add(segment(text, prev, cut, quotes, colours));
      prev = cut;
    }
    return out;
  }

  private static List<TextSpan> sideSpans(Quote q) {
    List<TextSpan> l = new ArrayList<>(2);
    if (q.cue() != null) l.add(q.cue());
    if (q.speaker() != null && q.speaker().mention() != null) l.add(q.speaker().mention());
    return l;
  }

  private static Segment segment(String text, int a, int b, List<Quote> quotes, Map<String, String> colours) {
    Quote inner = null;
    List<String> cueOf = new ArrayList<>();
    List<String> mentionOf = new ArrayList<>();
    for (Quote q : quotes) {
      if (fits(q.start(), q.end(), text) && q.start() <= a && b <= q.end()
          && (inner == null || q.end() - q.start() < inner.end() - inner.start())) {
        inner = q;
      }
      if (covers(q.cue(), a, b, text)) cueOf.add(q.id());
      if (q.speaker() != null && covers(q.speaker().mention(), a, b, text)) mentionOf.add(q.id());
    }
    String piece = text.substring(a, b);
    if (inner == null && cueOf.isEmpty() && mentionOf.isEmpty()) {
      return new Segment(piece, null, null, "", null, null, null, null, null, null);
    }
    List<String> classes = new ArrayList<>();
    if (inner != null) {
      classes.add("q");
      classes.add(colours.get(inner.id()));
      classes.add("k-" + inner.kind().name().toLowerCase(java.util.Locale.ROOT));
    }
    if (!cueOf.isEmpty()) classes.add("cue");
    if (!mentionOf.isEmpty()) classes.add("mention");
    String id = inner == null ? null : inner.id();
    String anchor = inner != null && inner.start() == a ? inner.id() : null;
    String speaker = inner == null ? null : speakerText(inner);
    String kind = inner == null ? null : inner.kind().name().toLowerCase(java.util.Locale.ROOT);
    String cue = inner == null || inner.cue() == null ? null : inner.cue().text();
    String tip = inner == null ? null
        : kind + " quote " + id + " \u2014 speaker: " + speaker + (cue == null ? "" : " \u2014 cue: " + cue);
    return new Segment(piece, id, anchor, String.join(" ", classes), tip,
        cueOf.isEmpty() ? null : String.join(" ", cueOf), mentionOf.isEmpty() ? null : String.join(" ", mentionOf),
        speaker, kind, cue);
  }

  private static boolean covers(TextSpan s, int a, int b, String text) {
    return s != null && fits(s.start(), s.end(), text) && s.start() <= a && b <= s.end();
  }

  static String speakerText(Quote q) {
    String label = SpeakerColours.label(q.speaker());
    if (q.speaker() == null) return label;
    String res = q.speaker().resolution() == null ? "" : q.speaker().resolution().name().toLowerCase(java.util.Locale.ROOT);
    String mention = q.speaker().mention() == null ? null : q.speaker().mention().text();
    StringBuilder sb = new StringBuilder(label);
    if (mention != null && !mention.equals(label)) sb.append(" (\u201c").append(mention).append("\u201d)");
    if (!res.isEmpty()) sb.append(" [").append(res).append(']');
    return sb.toString();
  }
}
