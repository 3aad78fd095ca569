package dev.newsfacts.cli;

import dev.newsfacts.extract.Extractor;
import dev.newsfacts.extract.ExtractorVersion;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the extractor version, the models every result names, and the Java running it. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    List<String> lines = new ArrayList<>();
    lines.add(ExtractorVersion.NAME + " " + ExtractorVersion.read());
    Extractor.modelNames().forEach((stage, model) -> lines.add("  " + stage + ": " + model));
    lines.add("Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ", " + System.getProperty("java.home") + ")");
    return lines.toArray(String[]::new);
  }
}
