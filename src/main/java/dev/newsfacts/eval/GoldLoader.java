package dev.newsfacts.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Reads a gold split: {@code text/*.txt} and the chosen {@code attributions/*.ann} of each. */
final class GoldLoader {
  private GoldLoader() {}

  static List<GoldArticle> load(Path split, Consumer<String> warn) throws EvalInputException {
    Path textDir = split.resolve("text");
    Path annDir = split.resolve("attributions");
    for (Path d : new Path[] {textDir, annDir}) {
      if (!Files.isDirectory(d)) {
        throw new EvalInputException("gold split directory '" + split + "' has no " + d.getFileName() + "/ folder");
      }
    }
    List<String> names;
    Map<String, Path> chosen;
    try (Stream<Path> s = Files.list(textDir)) {
      names = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
          .sorted(AnnotationFiles::byCodePoints).toList();
      chosen = AnnotationFiles.choose(split, warn);
    } catch (IOException e) {
      throw new EvalInputException("cannot list " + split + ": " + e.getMessage(), e);
    }
    if (names.isEmpty()) throw new EvalInputException("no .txt files in " + textDir);
    List<GoldArticle> gold = new ArrayList<>();
    for (String name : names) {
      Path ann = chosen.get(name.substring(0, name.length() - 4));
      if (ann == null) warn.accept(name + ": no annotation file; treated as having no attributions");
      gold.add(article(split, name, ann));
    }
    return gold;
  }

  static GoldArticle article(Path split, String txtName, Path ann) throws EvalInputException {
    GoldText art = new GoldText(txtName, GoldText.read(split.resolve("text").resolve(txtName)));
    List<GoldArticle.Attribution> attributions = new ArrayList<>();
    int total = 0;
    int bad = 0;
    if (ann != null) {
      BratFile brat = BratFile.parse(GoldText.read(ann), ann.toString());
      for (BratFile.TextBound tb : brat.textBounds.values()) {
        total++;
        List<String> parts = new ArrayList<>();
        for (Span f : tb.frags()) parts.add(art.rawSlice(f.start(), f.end()));
        if (!String.join(" ", parts).equals(tb.text())) bad++;
      }
      // events in the order of their number (E2 before E10), file order among equals
      List<String> ids = new ArrayList<>(brat.events.keySet());
      ids.sort(Comparator.comparingLong(GoldLoader::eventNumber));
      for (String id : ids) {
        List<Span> content = new ArrayList<>();
        List<Span> source = new ArrayList<>();
        List<Span> cue = new ArrayList<>();
        List<String> sourceTexts = new ArrayList<>();
        List<String> cueTexts = new ArrayList<>();
        for (BratFile.Argument arg : brat.events.get(id)) {
          BratFile.TextBound tb = brat.textBounds.get(arg.ref());
          if (tb == null) continue;
          if (arg.role().startsWith("Content")) {
            content.addAll(tb.frags());
          } else if (arg.role().startsWith("Source")) {
            source.addAll(tb.frags());
            sourceTexts.add(tb.text());
          } else if (arg.role().startsWith("Cue")) {
            cue.addAll(tb.frags());
            cueTexts.add(tb.text());
          }
        }
        if (content.isEmpty()) continue;
        List<Span> contentCp = content.stream().sorted().toList();
        attributions.add(new GoldArticle.Attribution(id, contentCp, toJava(art, contentCp),
            toJava(art, source.stream().sorted().toList()), toJava(art, cue.stream().sorted().toList()),
            emptyToNull(String.join(" ", sourceTexts)), emptyToNull(String.join(" ", cueTexts))));
      }
    }
    List<GoldArticle.GoldQuote> quotes = new ArrayList<>();
    for (Span s : QuoteMarks.spans(art.raw)) {
      int best = 0;
      int bestI = -1;
      for (int i = 0; i < attributions.size(); i++) {
        int ov = Span.overlap(attributions.get(i).contentCp(), s.start(), s.end());
        if (ov > best) {
          best = ov;
          bestI = i;
        }
      }
      if (bestI >= 0 && best * 2 >= s.length()) {
        quotes.add(new GoldArticle.GoldQuote(new Span(art.j(s.start()), art.j(s.end())), bestI,
            art.rawSlice(s.start(), s.end())));
      }
    }
    return new GoldArticle(art, attributions, quotes, total, bad);
  }

  private static long eventNumber(String id) {
    String digits = id.substring(1);
    return !digits.isEmpty() && digits.chars().allMatch(Character::isDigit) ? Long.parseLong(digits) : 0;
  }

  private static List<Span> toJava(GoldText art, List<Span> cps) {
    List<Span> out = new ArrayList<>(cps.size());
    for (Span s : cps) out.add(new Span(art.j(s.start()), art.j(s.end())));
    return out;
  }

  private static String emptyToNull(String s) {
    return s.isEmpty() ? null : s;
  }
}
