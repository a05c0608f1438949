package dev.roadmapkit.architecture.transactionaloutbox;

/** The database failed or refused a statement; the cause is the {@code SQLException}. Given. */
public final class StorageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception; the message says what was being done. */
  public StorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
