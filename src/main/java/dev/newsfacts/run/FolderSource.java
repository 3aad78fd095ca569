package dev.newsfacts.run;

import dev.newsfacts.extract.InputHints;
import dev.newsfacts.model.ErrorCode;
import dev.newsfacts.model.SourceRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The articles of a local folder (every regular, non-hidden file under it), or one file. */
public final class FolderSource implements ArticleSource {
  private final List<FileArticle> files;

  private FolderSource(List<FileArticle> files) {
    this.files = files;
  }

  /**
   * Lists {@code in} in a stable order. Files under {@code skip} (the output folder, when it lies
   * inside the input) are left out, so a second run never reads the results of the first as articles.
   *
   * @param hints what the caller knows about every article (a reference date for those that carry none)
   * @throws IOException when the folder cannot be listed
   */
  public static FolderSource list(Path in, Path skip, InputHints hints) throws IOException {
    if (Files.isRegularFile(in)) return new FolderSource(List.of(new FileArticle(in, in.getFileName().toString(), hints)));
    List<FileArticle> out = new ArrayList<>();
    Path skipAbs = skip.toAbsolutePath().normalize();
    try (Stream<Path> s = Files.walk(in)) {
      s.filter(Files::isRegularFile)
          .filter(p -> !isHidden(in.relativize(p)))
          .filter(p -> !p.toAbsolutePath().normalize().startsWith(skipAbs))
          .sorted()
          .forEach(p -> out.add(new FileArticle(p, in.relativize(p).toString().replace('\\', '/'), hints)));
    }
    return new FolderSource(List.copyOf(out));
  }

  public List<FileArticle> files() {
    return files;
  }

  @Override
  public Stream<Article> articles() {
    return files.stream().map(Article.class::cast);
  }

  private static boolean isHidden(Path rel) {
    for (Path part : rel) if (part.toString().startsWith(".")) return true;
    return false;
  }

  /**
   * A file and its path relative to the input root ('/'-separated, as in the result).
   *
   * @param hints what the command line says about it (a reference date for articles that carry none)
   */
  public record FileArticle(Path path, String name, InputHints hints) implements Article {
    @Override
    public SourceRef origin() {
      return SourceRef.local(name, -1, null);
    }

    @Override
    public Read read() {
      try {
        byte[] bytes = Files.readAllBytes(path);
        return new Read.Bytes(bytes, SourceRef.local(name, bytes.length, null), hints);
      } catch (IOException | OutOfMemoryError e) {
        return new Read.Refused(origin(), ErrorCode.UNREADABLE, "cannot read the input: " + e.getClass().getSimpleName());
      }
    }
  }
}
