package dev.newsfacts.run;

import dev.newsfacts.extract.Outcome;
import dev.newsfacts.model.SourceRef;
import dev.newsfacts.review.ReviewRenderer;
import java.util.Optional;

/**
 * A sink that also keeps a review page beside each result ({@code REVIEW_PAGES}): the page is
 * written after the result, and an article that turns into an error document loses its page.
 */
public final class PageSink implements ResultSink {
  /** Where the pages go, beside the documents of the sink decorated. */
  public interface Pages {
    /** @throws UnavailableException when it cannot be written */
    void write(String name, String html);

    /** @throws UnavailableException when it cannot be removed */
    void delete(String name);
  }

  private final ResultSink documents;
  private final Pages pages;
  private final ReviewRenderer renderer = new ReviewRenderer();

  public PageSink(ResultSink documents, Pages pages) {
    this.documents = documents;
    this.pages = pages;
  }

  @Override
  public boolean owns(SourceRef origin) {
    return documents.owns(origin);
  }

  @Override
  public Optional<Stored> stored(String name) {
    return documents.stored(name);
  }

  @Override
  public String write(String name, Outcome outcome, byte[] article) {
    String written = documents.write(name, outcome, article);
    if (outcome instanceof Outcome.Success s) pages.write(name, renderer.standalone(s.result(), article));
    else pages.delete(name);
    return written;
  }
}
