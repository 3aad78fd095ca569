package dev.newsfacts.extract.meta;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.langdetect.ThreadSafeLanguageDetectorME;

/**
 * The language of an article, as an ISO 639-1 code ("en"), from OpenNLP's language detector
 * (opennlp-models-langdetect, 103 languages, ISO 639-3 codes). The model is ~10 MB: load once, share.
 * Only a prefix of the text is looked at: the guess is stable well before that and the detector's cost
 * grows with the length.
 */
public final class LanguageGuesser {
  static final String MODEL = "langdetect-183.bin";
  private static final int PREFIX = 500;
  private static final int MIN_LETTERS = 20;
  private final ThreadSafeLanguageDetectorME detector;
  private final Map<String, String> twoLetter;

  private LanguageGuesser(LanguageDetectorModel model) {
    this.detector = new ThreadSafeLanguageDetectorME(model);
    Map<String, String> m = new HashMap<>();
    for (String code : Locale.getISOLanguages()) {
      try {
        m.putIfAbsent(Locale.of(code).getISO3Language(), code);
      } catch (MissingResourceException e) {
        // a language the JDK has no three-letter code for: the detector does not produce it either
      }
    }
    this.twoLetter = Map.copyOf(m);
  }

  public static LanguageGuesser loadFromClasspath() {
    try (InputStream in = LanguageGuesser.class.getResourceAsStream("/" + MODEL)) {
      if (in == null) throw new IOException("model " + MODEL + " is not on the classpath (opennlp-models-langdetect)");
      return new LanguageGuesser(new LanguageDetectorModel(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the language detector model", e);
    }
  }

  /** The code for text too short to tell: BCP 47's "undetermined", so the field is always a language tag. */
  public static final String UNDETERMINED = "und";

  /** ISO 639-1 code (ISO 639-3 when there is none), or "und" for text too short to tell. */
  public String guess(String text) {
    String prefix = text.length() > PREFIX ? text.substring(0, PREFIX) : text;
    int letters = 0;
    for (int i = 0; i < prefix.length() && letters < MIN_LETTERS; i++) if (Character.isLetter(prefix.charAt(i))) letters++;
    if (letters < MIN_LETTERS) return UNDETERMINED;
    Language best = detector.predictLanguage(prefix);
    String code = best.getLang();
    return twoLetter.getOrDefault(code, code);
  }

  public static String modelName() {
    return MODEL.replace(".bin", "");
  }
}
