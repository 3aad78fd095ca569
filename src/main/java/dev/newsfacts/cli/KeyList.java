package dev.newsfacts.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.newsfacts.aws.ObjectRef;
import dev.newsfacts.json.ResultJson;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The objects {@code rerun --keys FILE} redoes, in the order listed, each once. A line is one of:
 * <ul>
 *   <li>a key as stored (not URL-encoded), in the command's {@code --bucket};</li>
 *   <li>a JSON object, as the failures come out of AWS: a message from the upload function's
 *       failure queue ({@code requestPayload.Records}, keys URL-encoded as S3 sends them), an
 *       S3 event ({@code Records}), a Distributed Map batch or failed child execution
 *       ({@code Items[].Key}, or the same inside an {@code Input} string), or one of our
 *       per-article log lines ({@code key}, with {@code bucket} when it has one).</li>
 * </ul>
 * A file that is one JSON array (the Map's {@code FAILED_0.json}) is read element by element.
 * Blank lines and lines starting with {@code #} are ignored; spaces around a line are not part of
 * its key (an editor's trailing blank would otherwise name an object that is not there). Bucket names in the JSON win over
 * {@code --bucket}: a failure record knows where its object was.
 */
final class KeyList {
  private KeyList() {}

  /** A line the list cannot use; the whole list is refused, so nothing half-done is run. */
  static final class BadLine extends IllegalArgumentException {
    BadLine(int line, String why) {
      super("line " + line + ": " + why);
    }
  }

  static List<ObjectRef> parse(String text, String defaultBucket) {
    Set<ObjectRef> refs = new LinkedHashSet<>();
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (body.stripLeading().startsWith("[")) {
      JsonNode array = json(body, 1);
      for (JsonNode entry : array) addJson(entry, defaultBucket, refs, 1);
      return List.copyOf(refs);
    }
    int n = 0;
    for (String raw : body.split("\r?\n", -1)) {
      n++;
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) continue;
      if (line.startsWith("{")) addJson(json(line, n), defaultBucket, refs, n);
      else refs.add(new ObjectRef(defaultBucket, line));
    }
    return List.copyOf(refs);
  }

  private static void addJson(JsonNode node, String defaultBucket, Set<ObjectRef> refs, int line) {
    List<ObjectRef> found = new ArrayList<>();
    collect(node, defaultBucket, found);
    if (found.isEmpty()) {
      throw new BadLine(line, "a JSON object without an object key (expected requestPayload.Records, Records, Items,"
          + " Input or key)");
    }
    refs.addAll(found);
  }

  private static void collect(JsonNode node, String bucket, List<ObjectRef> out) {
    if (node.has("requestPayload")) {
      collect(node.get("requestPayload"), bucket, out);
    } else if (node.has("Records")) {
      for (JsonNode r : node.get("Records")) {
        JsonNode s3 = r.path("s3");
        String key = s3.path("object").path("key").asText(null);
        if (key == null) continue;
        // event keys are form-encoded: '+' is a space
        out.add(new ObjectRef(s3.path("bucket").path("name").asText(bucket),
            URLDecoder.decode(key, StandardCharsets.UTF_8)));
      }
    } else if (node.has("Items")) {
      String b = node.path("BatchInput").path("bucket").asText(bucket);
      for (JsonNode i : node.get("Items")) {
        if (i.hasNonNull("Key")) out.add(new ObjectRef(b, i.get("Key").asText()));
      }
    } else if (node.path("Input").isTextual()) {
      collect(json(node.get("Input").asText(), 0), bucket, out);
    } else if (node.path("key").isTextual()) {
      out.add(new ObjectRef(node.path("bucket").asText(bucket), node.get("key").asText()));
    }
  }

  private static JsonNode json(String text, int line) {
    try {
      return ResultJson.mapper().readTree(text);
    } catch (JsonProcessingException e) {
      throw new BadLine(line, "not JSON: " + e.getOriginalMessage());
    }
  }
}
