package dev.roadmapkit.architecture.hexagonalarchitecture.adapter.web;

/** An error that the web adapter answers with a status code. Web vocabulary: adapter-only. */
public final class HttpError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;

  /** Creates the error with its status code and message. */
  public HttpError(int status, String message) {
    super(message);
    this.status = status;
  }

  /** The status code to answer with. */
  public int status() {
    return status;
  }
}
