package dev.roadmapkit.testing.testdoubles;

/** No usable token: the server failed and the cached token, if any, has expired. */
public final class TokenUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * @param message what failed
   * @param cause the server's failure
   */
  public TokenUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
