package dev.roadmapkit.git.gitignorematcher;

import java.util.Objects;

/**
 * One {@code .gitignore} file of a working tree. Given: do not change.
 *
 * @param directory the directory that holds it, relative to the top of the working tree, with
 *     {@code /} between names and no {@code /} at either end: {@code ""} for the top, {@code "sub"}
 *     or {@code "sub/deeper"} for others
 * @param content the file's text; lines are separated by {@code \n}
 */
public record IgnoreFile(String directory, String content) {

  public IgnoreFile {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(content, "content");
    if (directory.startsWith("/") || directory.endsWith("/") || directory.contains("//")) {
      throw new IllegalArgumentException(
          "directory '" + directory + "' must be relative, like \"\" or \"sub/deeper\"");
    }
  }

  /** The file's path as git prints it: {@code .gitignore} or {@code sub/.gitignore}. */
  public String source() {
    return directory.isEmpty() ? ".gitignore" : directory + "/.gitignore";
  }
}
