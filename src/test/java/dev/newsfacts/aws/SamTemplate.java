package dev.newsfacts.aws;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * template.yaml as plain maps and lists, with CloudFormation's short-form intrinsics
 * ({@code !Ref}, {@code !GetAtt}, {@code !Sub} ...) turned into {@link Intrinsic} values.
 */
final class SamTemplate {
  static final List<String> FUNCTIONS = List.of("Ref", "GetAtt", "Sub", "If", "Equals", "Not", "And", "Or", "Join",
      "Select", "Split", "FindInMap", "GetAZs", "ImportValue", "Base64", "Condition", "Cidr", "Transform");

  /** {@code !Name value}: the function's name and its argument as parsed YAML. */
  record Intrinsic(String name, Object value) {}

  private SamTemplate() {}

  @SuppressWarnings("unchecked")
  static Map<String, Object> load(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return (Map<String, Object>) new Yaml(new IntrinsicConstructor()).load(r);
    }
  }

  /** Every intrinsic anywhere under {@code node}, depth first. */
  static void walk(Object node, Consumer<Intrinsic> visit) {
    if (node instanceof Intrinsic i) {
      visit.accept(i);
      walk(i.value(), visit);
    } else if (node instanceof Map<?, ?> m) {
      m.values().forEach(v -> walk(v, visit));
    } else if (node instanceof List<?> l) {
      l.forEach(v -> walk(v, visit));
    }
  }

  static List<Intrinsic> all(Object node) {
    List<Intrinsic> out = new ArrayList<>();
    walk(node, out::add);
    return out;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object o, String... path) {
    Object cur = o;
    for (String p : path) cur = ((Map<String, Object>) cur).get(p);
    return (Map<String, Object>) cur;
  }

  private static final class IntrinsicConstructor extends SafeConstructor {
    IntrinsicConstructor() {
      super(new LoaderOptions());
      for (String f : FUNCTIONS) {
        this.yamlConstructors.put(new Tag("!" + f), new AbstractConstruct() {
          @Override
          public Object construct(Node node) {
            Object value;
            if (node instanceof ScalarNode s) value = s.getValue();
            else if (node instanceof SequenceNode s) value = constructSequence(s);
            else value = constructMapping((MappingNode) node);
            return new Intrinsic(f, value);
          }
        });
      }
    }
  }
}
