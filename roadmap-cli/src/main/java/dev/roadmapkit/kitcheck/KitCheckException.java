package dev.roadmapkit.kitcheck;

/** The kit check could not read what it needs: a missing build output, an unreadable report. */
public final class KitCheckException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public KitCheckException(String message) {
    super(message);
  }

  public KitCheckException(String message, Throwable cause) {
    super(message, cause);
  }
}
