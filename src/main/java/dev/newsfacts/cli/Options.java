package dev.newsfacts.cli;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** A small parser for {@code --name value} and {@code --flag} options; unknown ones are errors. */
final class Options {
  private final Map<String, String> values = new HashMap<>();
  private final Set<String> flags = new HashSet<>();

  private Options() {}

  static Options parse(String[] args, Set<String> valued, Set<String> flagNames) throws UsageException {
    Options o = new Options();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      String name = a;
      String inline = null;
      int eq = a.indexOf('=');
      if (a.startsWith("--") && eq > 0) {
        name = a.substring(0, eq);
        inline = a.substring(eq + 1);
      }
      if (valued.contains(name)) {
        String v = inline;
        if (v == null) {
          if (i + 1 >= args.length) throw new UsageException(name + " needs a value");
          v = args[++i];
        }
        o.values.put(name, v);
      } else if (flagNames.contains(name) && inline == null) {
        o.flags.add(name);
      } else {
        throw new UsageException("unknown option '" + a + "'");
      }
    }
    return o;
  }

  String get(String name) {
    return values.get(name);
  }

  boolean has(String flag) {
    return flags.contains(flag);
  }

  int intValue(String name, int dflt, int min) throws UsageException {
    String v = values.get(name);
    if (v == null) return dflt;
    try {
      int n = Integer.parseInt(v);
      if (n < min) throw new UsageException(name + " must be at least " + min);
      return n;
    } catch (NumberFormatException e) {
      throw new UsageException(name + " takes a whole number, not '" + v + "'");
    }
  }

  long longValue(String name, long dflt, long min) throws UsageException {
    String v = values.get(name);
    if (v == null) return dflt;
    try {
      long n = Long.parseLong(v);
      if (n < min) throw new UsageException(name + " must be at least " + min);
      return n;
    } catch (NumberFormatException e) {
      throw new UsageException(name + " takes a whole number, not '" + v + "'");
    }
  }

  static final class UsageException extends Exception {
    UsageException(String message) {
      super(message);
    }
  }
}
