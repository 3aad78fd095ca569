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
 * (opennlp-models-langdetect, 103 languages, ISO 639-3 codes). The model is ~10 MB and takes longer to
 * load than the three English models together, so it is loaded on the first text that is not
 * {@linkplain ClearlyEnglish clearly English}, once, and shared: an English-only run never loads it.
 * Only a prefix of the text is looked at: the guess is stable well before that and the detector's cost
 * grows with the length.
 */
public final class LanguageGuesser {
  static final String MODEL = "langdetect-183.bin";
  private static final int PREFIX = 500;
  private static final int MIN_LETTERS = 20;
  private final ClearlyEnglish clearlyEnglish;

  private LanguageGuesser(ClearlyEnglish clearlyEnglish) {
    this.clearlyEnglish = clearlyEnglish;
  }

  /** The detector and its code table, built by the first thread that needs them (class-holder idiom). */
  private static final class Detector {
    static final ThreadSafeLanguageDetectorME ME = new ThreadSafeLanguageDetectorME(readModel());
    static final Map<String, String> TWO_LETTER = twoLetterCodes();

    private static LanguageDetectorModel readModel() {
      try (InputStream in = LanguageGuesser.class.getResourceAsStream("/" + MODEL)) {
        if (in == null) throw new IOException("model " + MODEL + " is not on the classpath (opennlp-models-langdetect)");
        return new LanguageDetectorModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the language detector model", e);
      }
    }

    private static Map<String, String> twoLetterCodes() {
      Map<String, String> m = new HashMap<>();
      for (String code : Locale.getISOLanguages()) {
        try {
          m.putIfAbsent(Locale.of(code).getISO3Language(), code);
        } catch (MissingResourceException e) {
          // a language the JDK has no three-letter code for: the detector does not produce it either
        }
      }
      return Map.copyOf(m);
    }
  }

  /** The guesser; the detector model itself is read only when a text needs it. */
  public static LanguageGuesser loadFromClasspath() {
    return new LanguageGuesser(ClearlyEnglish.load());
  }

  /** The code for text too short to tell: BCP 47's "undetermined", so the field is always a language tag. */
  public static final String UNDETERMINED = "und";

  /** ISO 639-1 code (ISO 639-3 when there is none), or "und" for text too short to tell. */
  public String guess(String text) {
    String prefix = text.length() > PREFIX ? text.substring(0, PREFIX) : text;
    int letters = 0;
    for (int i = 0; i < prefix.length() && letters < MIN_LETTERS; i++) if (Character.isLetter(prefix.charAt(i))) letters++;
    if (letters < MIN_LETTERS) return UNDETERMINED;
    if (clearlyEnglish.test(prefix)) return "en";
    return detect(prefix);
  }

  /** The detector's own answer, without the English shortcut. */
  static String detect(String prefix) {
    Language best = Detector.ME.predictLanguage(prefix);
    String code = best.getLang();
    return Detector.TWO_LETTER.getOrDefault(code, code);
  }

  public static String modelName() {
    return MODEL.replace(".bin", "");
  }
}
