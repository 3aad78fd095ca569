package dev.newsfacts.review;

import dev.newsfacts.model.Quote;
import dev.newsfacts.model.Speaker;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One colour per speaker, in order of first quote, so the same article always gets the same
 * colours. The palette has {@value #PALETTE} entries (CSS classes {@code s0}...); quotes without
 * a speaker are grey ({@code sx}).
 */
final class SpeakerColours {
  static final int PALETTE = 10;
  static final String NONE = "sx";
  private final Map<String, String> byKey = new LinkedHashMap<>();

  /** Groups quotes of one person: the entity when linked, else the name, else the description. */
  static String key(Speaker s) {
    if (s == null) return null;
    if (s.entityId() != null) return "e:" + s.entityId();
    if (s.name() != null && !s.name().isBlank()) return "n:" + s.name();
    if (s.description() != null && !s.description().isBlank()) return "d:" + s.description();
    return null;
  }

  static String label(Speaker s) {
    if (s == null) return "unattributed";
    if (s.name() != null && !s.name().isBlank()) return s.name();
    if (s.description() != null && !s.description().isBlank()) return s.description();
    return "unattributed";
  }

  String of(Quote q) {
    String key = key(q.speaker());
    if (key == null) return NONE;
    return byKey.computeIfAbsent(key, k -> "s" + (byKey.size() % PALETTE));
  }
}
