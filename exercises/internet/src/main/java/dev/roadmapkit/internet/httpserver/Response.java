package dev.roadmapkit.internet.httpserver;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Given: a response a {@link Handler} returns. The server adds {@code Content-Length} (and {@code
 * Connection: close} when it closes) itself; a handler does not set them.
 *
 * @param status the status code, such as 200
 * @param headers header fields to send, in order
 * @param body the body; a response to HEAD sends none, but its Content-Length is this body's
 */
public record Response(int status, Map<String, String> headers, byte[] body) {

  /** Copies the headers (keeping their order) and the body. */
  public Response {
    headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    body = Objects.requireNonNull(body, "body").clone();
  }

  @Override
  public byte[] body() {
    return body.clone();
  }

  /** A response with a {@code text/plain; charset=utf-8} body. */
  public static Response text(int status, String text) {
    return new Response(
        status,
        Map.of("Content-Type", "text/plain; charset=utf-8"),
        text.getBytes(StandardCharsets.UTF_8));
  }

  /** The reason phrase RFC 9110 gives {@code status}, or {@code "Unknown"}. */
  public static String reasonPhrase(int status) {
    switch (status) {
      case 200:
        return "OK";
      case 201:
        return "Created";
      case 204:
        return "No Content";
      case 400:
        return "Bad Request";
      case 404:
        return "Not Found";
      case 405:
        return "Method Not Allowed";
      case 408:
        return "Request Timeout";
      case 500:
        return "Internal Server Error";
      default:
        return "Unknown";
    }
  }
}
