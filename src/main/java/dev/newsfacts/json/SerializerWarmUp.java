package dev.newsfacts.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Builds Jackson's serialisers for a document type and every record type it contains, ahead of the
 * first document. The first document otherwise pays for them (with Jackson's own set-up, about
 * 500 classes) after the pipeline is ready, on the critical path of a cold start; built on a spare
 * thread while the models load, they cost nothing there. Only caches are filled, so the bytes
 * written never depend on whether this ran.
 */
public final class SerializerWarmUp {
  private SerializerWarmUp() {}

  /** Starts {@link #prepare} on a daemon thread; a failure there only means the first document builds them. */
  public static Thread start(Class<?>... documentTypes) {
    return Thread.ofPlatform().name("newsfacts-json-warm-up").daemon().start(() -> prepare(documentTypes));
  }

  /** Builds the serialisers for these types and the record types reachable through their components. */
  public static void prepare(Class<?>... documentTypes) {
    ObjectMapper mapper = ResultJson.mapper();
    for (Class<?> type : reachableTypes(documentTypes)) mapper.writerFor(type);
    // the generator, pretty printer and map serialiser a document goes through
    ResultJson.toBytes(Map.of("warm", "up"));
  }

  /** The records (and sealed interfaces' records) reachable from {@code roots}, roots first. */
  static Set<Class<?>> reachableTypes(Class<?>... roots) {
    Set<Class<?>> seen = new LinkedHashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>(java.util.List.of(roots));
    while (!todo.isEmpty()) {
      Class<?> c = todo.poll();
      if (!seen.add(c)) continue;
      if (c.isSealed()) todo.addAll(java.util.List.of(c.getPermittedSubclasses()));
      if (!c.isRecord()) continue;
      for (RecordComponent rc : c.getRecordComponents()) addModelTypes(rc.getGenericType(), todo);
    }
    return seen;
  }

  private static void addModelTypes(Type t, Deque<Class<?>> todo) {
    if (t instanceof ParameterizedType p) {
      for (Type arg : p.getActualTypeArguments()) addModelTypes(arg, todo);
    } else if (t instanceof Class<?> c && (c.isRecord() || c.isSealed())) {
      todo.add(c);
    }
  }
}
