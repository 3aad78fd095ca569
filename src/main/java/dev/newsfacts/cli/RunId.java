package dev.newsfacts.cli;

import java.util.UUID;

/**
 * The id that groups the log lines of one CLI run (as a Lambda request id groups those of one event),
 * made at its first use: a random UUID sets up SecureRandom (tens of milliseconds on a cold start), and a
 * run whose articles all give results logs no line that carries it.
 */
final class RunId {
  private String id;

  synchronized String get() {
    if (id == null) id = "cli-" + UUID.randomUUID();
    return id;
  }
}
