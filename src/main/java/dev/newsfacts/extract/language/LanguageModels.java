package dev.newsfacts.extract.language;

import dev.newsfacts.extract.nlp.Annotator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP UD models of French, German and Spanish, each read on the first article in that
 * language and then shared (an English-only batch reads none). What Maven Central publishes at 1.3.0:
 * French sentences and POS, German sentences, tokens and POS; no French tokenizer and nothing for
 * Spanish, so rule sentences/tokens stand in there and Spanish goes without POS tags.
 */
public final class LanguageModels {
  /** Per language: sentence, tokens, POS model file (null where none is published). */
  private static final Map<String, String[]> FILES = Map.of(
      "fr", new String[] {"opennlp-fr-ud-gsd-sentence-1.3-2.5.4.bin", null, "opennlp-fr-ud-gsd-pos-1.3-2.5.4.bin"},
      "de", new String[] {"opennlp-de-ud-gsd-sentence-1.3-2.5.4.bin", "opennlp-de-ud-gsd-tokens-1.3-2.5.4.bin",
          "opennlp-de-ud-gsd-pos-1.3-2.5.4.bin"},
      "es", new String[] {null, null, null});

  /** The models of one language; any may be null. Thread-safe: the {@code *ME} classes are built per thread. */
  public record Models(SentenceModel sentence, TokenizerModel tokens, POSModel pos, Set<String> abbreviations) {
    public Annotator annotator() {
      return Annotator.forLanguage(sentence, tokens, pos, abbreviations);
    }
  }

  private final Map<String, Models> loaded = new ConcurrentHashMap<>();

  /** The models of {@code profile}'s language, read on first use. */
  public Models of(LanguageProfile profile) {
    return loaded.computeIfAbsent(profile.code(), code -> read(profile));
  }

  /** Whether the models of {@code code} have been read (an English-only batch reads none). */
  public boolean isLoaded(String code) {
    return loaded.containsKey(code);
  }

  private static Models read(LanguageProfile profile) {
    String[] f = FILES.getOrDefault(profile.code(), new String[3]);
    Set<String> abbreviations = new HashSet<>();
    for (String t : profile.titles().keySet()) if (t.endsWith(".")) abbreviations.add(t);
    try {
      return new Models(f[0] == null ? null : new SentenceModel(open(f[0])),
          f[1] == null ? null : new TokenizerModel(open(f[1])), f[2] == null ? null : new POSModel(open(f[2])),
          abbreviations);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read an OpenNLP model for " + profile.code(), e);
    }
  }

  private static InputStream open(String name) throws IOException {
    InputStream in = LanguageModels.class.getResourceAsStream("/" + name);
    if (in == null) throw new IOException("model " + name + " is not on the classpath (opennlp-models-*-fr/-de jars)");
    return in;
  }

  /** The model names per language as results name them ("pos-fr"), without reading any. */
  public static SortedMap<String, String> describe() {
    SortedMap<String, String> m = new TreeMap<>();
    String[] kinds = {"sentence", "tokens", "pos"};
    FILES.forEach((code, files) -> {
      for (int i = 0; i < 3; i++) if (files[i] != null) m.put(kinds[i] + "-" + code, files[i].replace(".bin", ""));
    });
    return m;
  }
}
