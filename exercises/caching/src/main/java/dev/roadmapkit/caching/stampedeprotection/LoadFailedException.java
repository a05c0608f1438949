package dev.roadmapkit.caching.stampedeprotection;

/**
 * Thrown by {@link CoalescingCache#get} to every caller that waited for a load that failed. The
 * loader's own exception is the {@linkplain #getCause() cause}. Given, not part of the task.
 */
public final class LoadFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param key the key whose load failed, named in the message
   * @param cause what the loader threw
   */
  public LoadFailedException(Object key, Throwable cause) {
    super("loading key '" + key + "' failed: " + cause, cause);
  }
}
