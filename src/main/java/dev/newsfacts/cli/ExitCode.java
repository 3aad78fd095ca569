package dev.newsfacts.cli;

/** Process exit codes, the same for every command. */
final class ExitCode {
  /** Every input gave a result document. */
  static final int OK = 0;
  /** The run finished, but some inputs gave error documents (listed on stderr). */
  static final int SOME_FAILED = 1;
  /** The command line was wrong; nothing was done. */
  static final int USAGE = 2;
  /** The run could not go on: input missing, output not writable. */
  static final int IO = 3;

  private ExitCode() {}
}
