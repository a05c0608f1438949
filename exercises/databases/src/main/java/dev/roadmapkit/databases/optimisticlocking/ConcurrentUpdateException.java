package dev.roadmapkit.databases.optimisticlocking;

/** Someone else changed the item since it was read: the update was not applied. Given code. */
public class ConcurrentUpdateException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * @param message what was not applied and why, naming the item
   * @param cause the exception that detected the conflict, e.g. an {@code OptimisticLockException}
   */
  public ConcurrentUpdateException(String message, Throwable cause) {
    super(message, cause);
  }
}
