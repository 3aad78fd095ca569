package dev.newsfacts.query;

import java.nio.file.Path;

/** The folder is missing or holds no result documents ({@code *.json}) at any depth. */
public final class NoResultsException extends Exception {
  public NoResultsException(Path folder, String why) {
    super(folder + " " + why);
  }
}
