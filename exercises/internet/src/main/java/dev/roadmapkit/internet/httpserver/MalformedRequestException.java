package dev.roadmapkit.internet.httpserver;

/** Given: {@link RequestReader} could not read a request; the server answers 400. */
public final class MalformedRequestException extends Exception {

  private static final long serialVersionUID = 1L;

  /** A malformed request, with what was wrong. */
  public MalformedRequestException(String message) {
    super(message);
  }
}
