package dev.roadmapkit.osfundamentals.unixsocketipc;

/** Answers one request with one response. Given: do not change. */
@FunctionalInterface
public interface RequestHandler {

  /** The response to {@code request}. */
  byte[] handle(byte[] request);
}
