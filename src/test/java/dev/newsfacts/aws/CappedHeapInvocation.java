package dev.newsfacts.aws;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The child JVM of {@link LambdaMemoryIT}: the handler as the Lambda runtime runs it (built by its
 * no-argument constructor from the environment, primed as before a SnapStart snapshot, then one
 * invocation over every key given), under the memory flags the test gives this JVM and without the
 * Lambda runtime's event serialiser on the classpath, as in the Lambda package. Prints the
 * invocation's summary line and the memory it used, one {@code key=value} line each.
 */
public final class CappedHeapInvocation {
  private CappedHeapInvocation() {}

  public static void main(String[] args) throws Exception {
    String bucket = args[0];
    String[] keys = java.util.Arrays.copyOfRange(args, 1, args.length);
    ExtractHandler handler = new ExtractHandler();
    handler.beforeCheckpoint(null);
    S3Event event = putEvent(bucket, keys);
    String summary = handler.handleRequest(event, new CapturingContext("capped-heap"));
    long heapPeak = 0;
    long nonHeapPeak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) heapPeak += pool.getPeakUsage().getUsed();
      else nonHeapPeak += pool.getPeakUsage().getUsed();
    }
    System.out.println("summary=" + summary);
    System.out.println("serialiserPresent=" + present("com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers"));
    System.out.printf(Locale.ROOT, "maxHeapMb=%d%n", Runtime.getRuntime().maxMemory() >> 20);
    System.out.printf(Locale.ROOT, "heapPeakMb=%d%n", heapPeak >> 20);
    System.out.printf(Locale.ROOT, "nonHeapPeakMb=%d%n", nonHeapPeak >> 20);
    System.out.printf(Locale.ROOT, "rssPeakKb=%d%n", rssPeakKb());
  }

  /**
   * An S3 put event built from the event classes directly, as the runtime hands it to the handler:
   * this JVM runs without the event serialiser, which the Lambda package leaves out.
   */
  private static S3Event putEvent(String bucket, String[] keys) {
    List<S3EventNotificationRecord> records = new ArrayList<>();
    for (String key : keys) {
      String encoded = URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/");
      S3EventNotification.S3Entity s3 = new S3EventNotification.S3Entity("capped",
          new S3EventNotification.S3BucketEntity(bucket, null, "arn:aws:s3:::" + bucket),
          new S3EventNotification.S3ObjectEntity(encoded, 1L, null, null, "00"), "1.0");
      records.add(new S3EventNotificationRecord("us-east-1", "ObjectCreated:Put", "aws:s3",
          "2024-03-05T09:30:00.000Z", "2.1", null, null, s3, null));
    }
    return new S3Event(records);
  }

  private static boolean present(String className) {
    try {
      Class.forName(className, false, CappedHeapInvocation.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /** The process's peak resident set (what Lambda's memory limit counts), -1 where /proc is absent. */
  private static long rssPeakKb() throws java.io.IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.exists(status)) return -1;
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }
    return -1;
  }
}
