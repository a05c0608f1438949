package dev.roadmapkit.support.services;

/**
 * A service was planned but could not be started or reached: a URL that answers nothing, a
 * container that failed, a {@code redis-server} that exited. A configuration error, so the test
 * fails instead of being skipped.
 */
public final class ServiceStartException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ServiceStartException(String message, Throwable cause) {
    super(message, cause);
  }

  public ServiceStartException(String message) {
    super(message);
  }
}
