package dev.roadmapkit.cli.solution;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The kit's files as git has them at {@code HEAD}: the starting code, whatever the learner has done
 * to the working tree since.
 */
public final class StartingCode {

  private final String git;
  private final Path root;

  /**
   * Creates the view of a kit's starting code.
   *
   * @param git the git command
   * @param root the kit's root, inside a git working tree
   * @throws GitException if git is not installed or {@code root} is not in a git repository
   */
  public StartingCode(String git, Path root) {
    this.git = Objects.requireNonNull(git, "git command must not be null");
    this.root = Objects.requireNonNull(root, "root must not be null");
    Result check = run(List.of("rev-parse", "--verify", "--quiet", "HEAD"));
    if (check.exit() != 0) {
      throw new GitException(
          root
              + " is not a git repository with a commit, so its starting code is unknown: reset"
              + " needs the kit as a git clone");
    }
  }

  /**
   * Returns a file's content at {@code HEAD}.
   *
   * @param relative the file, relative to the kit's root, with forward slashes
   * @return the content, or empty if git has no such file at {@code HEAD}
   */
  public Optional<byte[]> at(String relative) {
    Result result = run(List.of("show", "HEAD:./" + relative));
    return result.exit() == 0 ? Optional.of(result.output()) : Optional.empty();
  }

  /**
   * Returns the files git tracks at {@code HEAD} under a directory.
   *
   * @param relativeDir the directory, relative to the kit's root, with forward slashes
   * @return the files, relative to the kit's root
   */
  public List<String> filesUnder(String relativeDir) {
    Result result =
        run(List.of("ls-tree", "-r", "--name-only", "--full-name", "HEAD", "--", relativeDir));
    List<String> files = new ArrayList<>();
    if (result.exit() != 0) {
      return files;
    }
    String prefix = run(List.of("rev-parse", "--show-prefix")).text().strip();
    for (String line : result.text().split("\n")) {
      String name = line.strip();
      if (!name.isEmpty()) {
        files.add(name.startsWith(prefix) ? name.substring(prefix.length()) : name);
      }
    }
    return files;
  }

  private record Result(int exit, byte[] output) {
    String text() {
      return new String(output, java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private Result run(List<String> arguments) {
    List<String> command = new ArrayList<>();
    command.add(git);
    command.addAll(arguments);
    try {
      Process process =
          new ProcessBuilder(command)
              .directory(root.toFile())
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      process.getOutputStream().close();
      byte[] output;
      try (InputStream in = process.getInputStream()) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        in.transferTo(buffer);
        output = buffer.toByteArray();
      }
      return new Result(process.waitFor(), output);
    } catch (IOException e) {
      throw new GitException(
          "git is not installed (or not on the PATH), and it knows the starting code: install git"
              + " and run the command again");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GitException("git was interrupted");
    }
  }
}
