package dev.roadmapkit.databases.transactions;

/** A transfer did not happen; no balance and no journal entry changed. Given code. */
public class TransferFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A transfer refused for the reason in {@code message}. */
  public TransferFailedException(String message) {
    super(message);
  }

  /** A transfer that failed because of {@code cause}, e.g. an {@code SQLException}. */
  public TransferFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
