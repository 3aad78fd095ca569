package dev.newsfacts.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Milliseconds since this process started. On Linux from {@code /proc}: the process's start in clock
 * ticks since boot ({@code /proc/self/stat}) against the time since boot ({@code /proc/uptime}), both
 * 10 ms steps. Not {@code ProcessHandle.info().startInstant()}: the JDK adds the boot time, which
 * Linux gives in whole seconds, so that figure is off by up to a second. Elsewhere the JVM's own start
 * time, which misses the launcher's few milliseconds.
 */
final class ProcessClock {
  /** USER_HZ: 100 on every Linux this runs on (glibc's sysconf(_SC_CLK_TCK) for x86-64 and arm64). */
  private static final double TICKS_PER_SECOND = 100;

  private ProcessClock() {}

  /** Milliseconds from the process start to {@code nowMillis} (a {@link System#currentTimeMillis()} taken just before). */
  static long sinceStart(long nowMillis) {
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"));
      // the fields after the command name, which is in parentheses and may hold spaces; starttime is field 22
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      double startedAfterBoot = Long.parseLong(f[22 - 3]) / TICKS_PER_SECOND;
      double upNow = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
      return Math.round((upNow - startedAfterBoot) * 1000);
    } catch (IOException | RuntimeException e) {
      return nowMillis - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
  }
}
