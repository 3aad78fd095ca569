package dev.newsfacts.run;

import dev.newsfacts.extract.Outcome;
import dev.newsfacts.model.ErrorDocument;
import dev.newsfacts.model.ResultDocument;
import dev.newsfacts.model.SourceRef;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A sink in memory for tests: the last outcome written per name, and an optional prefix it owns. */
public class MemorySink implements ResultSink {
  public final Map<String, Outcome> written = new ConcurrentHashMap<>();
  private final String ownPrefix;

  public MemorySink() {
    this(null);
  }

  public MemorySink(String ownPrefix) {
    this.ownPrefix = ownPrefix;
  }

  @Override
  public boolean owns(SourceRef origin) {
    return ownPrefix != null && origin.path() != null && origin.path().startsWith(ownPrefix);
  }

  @Override
  public Optional<Stored> stored(String name) {
    Outcome o = written.get(name);
    if (o instanceof Outcome.Success s) {
      ResultDocument r = s.result();
      return Optional.of(new Stored(r.contentSha256(), r.extractor().version(), false, null, r.quotes().size()));
    }
    if (o instanceof Outcome.Failure f) {
      ErrorDocument e = f.error();
      return Optional.of(new Stored(e.contentSha256(), e.extractor().version(), true, e.error().code().name(), 0));
    }
    return Optional.empty();
  }

  @Override
  public String write(String name, Outcome outcome, byte[] article) {
    written.put(name, outcome);
    return "memory:" + name;
  }

  /** An article held in memory, named and located by {@code path}. */
  public static Article article(String path, byte[] bytes) {
    return new Article() {
      @Override
      public String name() {
        return path;
      }

      @Override
      public SourceRef origin() {
        return SourceRef.local(path, -1, null);
      }

      @Override
      public Read read() {
        return new Read.Bytes(bytes, SourceRef.local(path, bytes.length, null));
      }
    };
  }
}
