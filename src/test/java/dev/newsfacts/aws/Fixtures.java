package dev.newsfacts.aws;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import dev.newsfacts.extract.Extractor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test articles, the repository's event files, and one shared extractor (models load once). */
public final class Fixtures {
  /** A few bytes of a PDF: what a misrouted upload looks like. */
  public static final byte[] PDF = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
  private static Extractor extractor;

  private Fixtures() {}

  static synchronized Extractor extractor() {
    if (extractor == null) extractor = Extractor.create();
    return extractor;
  }

  public static byte[] article(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/aws/articles/" + name)) {
      if (in == null) throw new IllegalArgumentException("no fixture " + name);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An S3 put event for the given keys, encoded the way S3 encodes keys in notifications. */
  static S3Event s3Event(String bucket, String... keys) {
    com.fasterxml.jackson.databind.node.ObjectNode root = dev.newsfacts.json.ResultJson.mapper().createObjectNode();
    com.fasterxml.jackson.databind.node.ArrayNode records = root.putArray("Records");
    for (String key : keys) {
      com.fasterxml.jackson.databind.node.ObjectNode r = records.addObject();
      r.put("eventVersion", "2.1").put("eventSource", "aws:s3").put("awsRegion", "us-east-1")
          .put("eventTime", "2024-03-05T09:30:00.000Z").put("eventName", "ObjectCreated:Put");
      com.fasterxml.jackson.databind.node.ObjectNode s3 = r.putObject("s3");
      s3.put("s3SchemaVersion", "1.0").put("configurationId", "test");
      s3.putObject("bucket").put("name", bucket).put("arn", "arn:aws:s3:::" + bucket);
      s3.putObject("object").put("key", java.net.URLEncoder.encode(key, java.nio.charset.StandardCharsets.UTF_8)
          .replace("%2F", "/")).put("size", 1).put("sequencer", "00");
    }
    return LambdaEventSerializers.serializerFor(S3Event.class, S3Event.class.getClassLoader()).fromJson(root.toString());
  }

  /** An event file from {@code events/}, read the way the Lambda Java runtime reads it. */
  static S3Event s3Event(String file) {
    try (InputStream in = Files.newInputStream(Path.of("events", file))) {
      return LambdaEventSerializers.serializerFor(S3Event.class, S3Event.class.getClassLoader()).fromJson(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
