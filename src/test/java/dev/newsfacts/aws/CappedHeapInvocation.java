package dev.newsfacts.aws;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The child JVM of {@link LambdaMemoryIT}: the handler as the Lambda runtime runs it (built by its
 * no-argument constructor from the environment, primed as before a SnapStart snapshot, then one
 * invocation over every key given), under the memory flags the test gives this JVM. Prints the
 * invocation's summary line and the memory it used, one {@code key=value} line each.
 */
public final class CappedHeapInvocation {
  private CappedHeapInvocation() {}

  public static void main(String[] args) throws Exception {
    String bucket = args[0];
    String[] keys = java.util.Arrays.copyOfRange(args, 1, args.length);
    ExtractHandler handler = new ExtractHandler();
    handler.beforeCheckpoint(null);
    S3Event event = Fixtures.s3Event(bucket, keys);
    String summary = handler.handleRequest(event, new CapturingContext("capped-heap"));
    long heapPeak = 0;
    long nonHeapPeak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) heapPeak += pool.getPeakUsage().getUsed();
      else nonHeapPeak += pool.getPeakUsage().getUsed();
    }
    System.out.println("summary=" + summary);
    System.out.printf(Locale.ROOT, "maxHeapMb=%d%n", Runtime.getRuntime().maxMemory() >> 20);
    System.out.printf(Locale.ROOT, "heapPeakMb=%d%n", heapPeak >> 20);
    System.out.printf(Locale.ROOT, "nonHeapPeakMb=%d%n", nonHeapPeak >> 20);
    System.out.printf(Locale.ROOT, "rssPeakKb=%d%n", rssPeakKb());
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
