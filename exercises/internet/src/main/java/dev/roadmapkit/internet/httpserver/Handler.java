package dev.roadmapkit.internet.httpserver;

/** Given: the code that answers the requests of one route. */
@FunctionalInterface
public interface Handler {

  /** The response to {@code request}; an exception thrown here becomes a 500. */
  Response handle(Request request) throws Exception;
}
