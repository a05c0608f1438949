package dev.roadmapkit.architecture.retrywithbackoff;

/**
 * Thrown by {@link Retrier#call} when every attempt failed with a transient failure. The last
 * failure is the {@linkplain #getCause() cause}. Given, not part of the task.
 */
public final class RetriesExhaustedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int attempts;

  /**
   * Creates the exception.
   *
   * @param attempts how many attempts were made, named in the message
   * @param lastFailure what the last attempt threw
   */
  public RetriesExhaustedException(int attempts, Throwable lastFailure) {
    super(
        "gave up after " + attempts + " attempts; the last one failed with " + lastFailure,
        lastFailure);
    this.attempts = attempts;
  }

  /** How many attempts were made. */
  public int attempts() {
    return attempts;
  }
}
