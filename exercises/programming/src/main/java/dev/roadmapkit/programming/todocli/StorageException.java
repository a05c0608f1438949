package dev.roadmapkit.programming.todocli;

/**
 * Given: the storage file cannot be used: it cannot be read or written, or it is not a to-do list.
 * The message says which file and what is wrong, in words a user can act on.
 */
public final class StorageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message which file, and what is wrong with it
   * @param cause the underlying error, or {@code null}
   */
  public StorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
