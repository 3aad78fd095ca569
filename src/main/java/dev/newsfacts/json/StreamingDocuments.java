package dev.newsfacts.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The result documents written with Jackson's streaming generator alone, with the same bytes as the
 * mapper in {@link ResultJson}: record components in declaration order (after the names a
 * {@code @JsonPropertyOrder} puts first), {@code @JsonProperty} methods of the record's interfaces,
 * {@code @JsonInclude} NON_NULL and NON_EMPTY, enums through their {@code @JsonValue}, map entries
 * sorted by key. Why: the mapper's serialisers cost about 500 classes and their reflection on the way
 * to a cold start's first document; this writer needs the generator only. Anything it does not know
 * (another annotation, a bean getter, a type other than records, enums, strings, numbers, booleans,
 * lists and maps) makes it refuse, and the mapper writes that document.
 */
final class StreamingDocuments {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
    @Override
    protected Shape computeValue(Class<?> type) {
      return Shape.of(type);
    }
  };

  private static final ClassValue<Method> WIRE_NAMES = new ClassValue<>() {
    @Override
    protected Method computeValue(Class<?> type) {
      Method wire = null;
      for (Method m : type.getMethods()) {
        if (m.isAnnotationPresent(JsonValue.class)) wire = m;
      }
      return wire;
    }
  };

  private StreamingDocuments() {}

  /** Thrown for a value this writer does not write; the caller falls back to the mapper. */
  static final class Unsupported extends RuntimeException {
    Unsupported(String what) {
      super(what, null, false, false);
    }
  }

  /** The record as UTF-8 JSON (no line break), or {@link Unsupported}. */
  static byte[] toBytes(Object record) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      value(g, record);
    }
    return out.toByteArray();
  }

  private static void value(JsonGenerator g, Object v) throws IOException {
    // an if chain, not a pattern switch: its bootstrap spins classes at the first document
    if (v == null) {
      g.writeNull();
    } else if (v instanceof String s) {
      g.writeString(s);
    } else if (v instanceof Integer i) {
      g.writeNumber(i);
    } else if (v instanceof Long l) {
      g.writeNumber(l);
    } else if (v instanceof Double d) {
      g.writeNumber(d);
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof Enum<?> e) {
      enumValue(g, e);
    } else if (v instanceof Map<?, ?> m) {
      map(g, m);
    } else if (v instanceof Collection<?> c) {
      g.writeStartArray();
      for (Object o : c) value(g, o);
      g.writeEndArray();
    } else if (v instanceof Record r) {
      SHAPES.get(r.getClass()).write(g, r);
    } else {
      throw new Unsupported(v.getClass().getName());
    }
  }

  /** Builds the shapes of these document types and every type inside them, and writes one empty document. */
  static void prepare(Class<?>... documentTypes) throws IOException {
    for (Class<?> type : SerializerWarmUp.reachableTypes(documentTypes)) {
      if (!type.isRecord()) continue;
      SHAPES.get(type);
      for (RecordComponent rc : type.getRecordComponents()) {
        if (rc.getType().isEnum()) WIRE_NAMES.get(rc.getType());
      }
    }
    toBytes(new dev.newsfacts.model.ErrorDocument("0", dev.newsfacts.model.SourceRef.local("", 0, null), "",
        new dev.newsfacts.model.ExtractorInfo("", "", new java.util.TreeMap<>(Map.of("", ""))),
        new dev.newsfacts.model.ErrorInfo(dev.newsfacts.model.ErrorCode.EMPTY, "")));
  }

  private static void enumValue(JsonGenerator g, Enum<?> e) throws IOException {
    Method wire = WIRE_NAMES.get(e.getDeclaringClass());
    if (wire == null) {
      g.writeString(e.name());
    } else {
      value(g, invoke(wire, e));
    }
  }

  private static void map(JsonGenerator g, Map<?, ?> m) throws IOException {
    Map<String, Object> sorted = new TreeMap<>();
    for (Map.Entry<?, ?> e : m.entrySet()) {
      if (!(e.getKey() instanceof String k)) throw new Unsupported("map key " + e.getKey());
      sorted.put(k, e.getValue());
    }
    g.writeStartObject();
    for (Map.Entry<String, Object> e : sorted.entrySet()) {
      g.writeFieldName(e.getKey());
      value(g, e.getValue());
    }
    g.writeEndObject();
  }

  private static Object invoke(Method m, Object target) {
    try {
      return m.invoke(target);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new Unsupported(m + ": " + e);
    }
  }

  /** One property: its name, its accessor and whether an absent or empty value is left out. */
  private record Property(String name, Method accessor, boolean skipNull, boolean skipEmpty) {
    void write(JsonGenerator g, Object record) throws IOException {
      Object v = invoke(accessor, record);
      if (v == null && skipNull) return;
      if (skipEmpty && empty(v)) return;
      g.writeFieldName(name);
      value(g, v);
    }

    private static boolean empty(Object v) {
      return v == null || v instanceof Collection<?> c && c.isEmpty() || v instanceof Map<?, ?> m && m.isEmpty()
          || v instanceof String s && s.isEmpty();
    }
  }

  /** The properties of one record type, in the order the mapper writes them; empty when unsupported. */
  private record Shape(List<Property> properties, String unsupported) {
    void write(JsonGenerator g, Object record) throws IOException {
      if (unsupported != null) throw new Unsupported(unsupported);
      g.writeStartObject();
      for (Property p : properties) p.write(g, record);
      g.writeEndObject();
    }

    static Shape of(Class<?> type) {
      try {
        return new Shape(properties(type), null);
      } catch (Unsupported e) {
        return new Shape(List.of(), e.getMessage());
      }
    }

    private static List<Property> properties(Class<?> type) {
      if (!type.isRecord() || !Modifier.isPublic(type.getModifiers())) throw new Unsupported(type.getName());
      onlyKnownAnnotations(type.getAnnotations(), type.getName());
      JsonInclude classInclude = type.getAnnotation(JsonInclude.class);
      boolean classSkipsNull = classInclude != null && include(classInclude, type.getName()) != null;
      List<Property> props = new ArrayList<>();
      List<String> componentNames = new ArrayList<>();
      for (RecordComponent rc : type.getRecordComponents()) {
        Method accessor = rc.getAccessor();
        componentNames.add(accessor.getName());
        onlyKnownAnnotations(accessor.getAnnotations(), rc.getName());
        JsonInclude in = accessor.getAnnotation(JsonInclude.class);
        JsonInclude.Include mode = in == null ? null : include(in, rc.getName());
        props.add(new Property(rc.getName(), accessor, classSkipsNull || mode != null,
            mode == JsonInclude.Include.NON_EMPTY));
      }
      for (Method m : type.getMethods()) {
        if (Modifier.isStatic(m.getModifiers()) || m.getParameterCount() != 0 || componentNames.contains(m.getName())) continue;
        JsonProperty named = annotationFromInterfaces(type, m);
        if (named != null) {
          String name = named.value().isEmpty() ? m.getName() : named.value();
          props.add(new Property(name, m, classSkipsNull, false));
        } else if (looksLikeGetter(m)) {
          throw new Unsupported("bean getter " + type.getName() + "." + m.getName());
        }
      }
      return ordered(type, props);
    }

    /** The names a {@code @JsonPropertyOrder} of the record or one of its interfaces puts first, then the rest. */
    private static List<Property> ordered(Class<?> type, List<Property> props) {
      JsonPropertyOrder order = type.getAnnotation(JsonPropertyOrder.class);
      for (Class<?> i : type.getInterfaces()) {
        if (order == null) order = i.getAnnotation(JsonPropertyOrder.class);
      }
      if (order == null) return props;
      if (order.alphabetic()) throw new Unsupported("alphabetic order on " + type.getName());
      List<Property> out = new ArrayList<>();
      for (String name : order.value()) {
        for (Property p : props) if (p.name().equals(name)) out.add(p);
      }
      for (Property p : props) if (!out.contains(p)) out.add(p);
      return out;
    }

    private static JsonProperty annotationFromInterfaces(Class<?> type, Method m) {
      for (Class<?> i : type.getInterfaces()) {
        try {
          JsonProperty p = i.getMethod(m.getName()).getAnnotation(JsonProperty.class);
          if (p != null) return p;
        } catch (NoSuchMethodException e) {
          // not declared by this interface
        }
      }
      return m.getAnnotation(JsonProperty.class);
    }

    private static boolean looksLikeGetter(Method m) {
      String n = m.getName();
      if (m.getDeclaringClass() == Object.class || m.getDeclaringClass() == Record.class) return false;
      return n.length() > 3 && n.startsWith("get") && Character.isUpperCase(n.charAt(3))
          || n.length() > 2 && n.startsWith("is") && Character.isUpperCase(n.charAt(2))
             && (m.getReturnType() == boolean.class || m.getReturnType() == Boolean.class);
    }

    private static JsonInclude.Include include(JsonInclude in, String where) {
      JsonInclude.Include v = in.value();
      if (v == JsonInclude.Include.NON_NULL || v == JsonInclude.Include.NON_EMPTY) return v;
      if (v == JsonInclude.Include.ALWAYS || v == JsonInclude.Include.USE_DEFAULTS) return null;
      throw new Unsupported("@JsonInclude(" + v + ") on " + where);
    }

    private static void onlyKnownAnnotations(Annotation[] annotations, String where) {
      for (Annotation a : annotations) {
        Class<? extends Annotation> t = a.annotationType();
        if (t.getName().startsWith("com.fasterxml.jackson") && t != JsonInclude.class && t != JsonPropertyOrder.class) {
          throw new Unsupported("@" + t.getSimpleName() + " on " + where);
        }
      }
    }
  }
}
