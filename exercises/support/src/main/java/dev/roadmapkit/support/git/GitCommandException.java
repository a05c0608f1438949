package dev.roadmapkit.support.git;

/** A git command that a test expected to succeed exited with another code, or did not finish. */
public final class GitCommandException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  GitCommandException(String message) {
    super(message);
  }

  static GitCommandException failed(GitResult result) {
    return new GitCommandException(
        "'"
            + result.commandLine()
            + "' exited with "
            + result.exitCode()
            + (result.stderr().isBlank() ? "" : ": " + result.stderr().strip()));
  }
}
