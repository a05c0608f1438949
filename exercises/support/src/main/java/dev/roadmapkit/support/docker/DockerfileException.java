package dev.roadmapkit.support.docker;

/** A Dockerfile this parser cannot read; {@link #line()} is where, and the message says why. */
public final class DockerfileException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int line;

  /** A problem on {@code line} (1-based); the message is prefixed with {@code line N: }. */
  public DockerfileException(int line, String problem) {
    super("line " + line + ": " + problem);
    this.line = line;
  }

  /** The 1-based line of the instruction (or directive) that could not be read. */
  public int line() {
    return line;
  }
}
