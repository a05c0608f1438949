package dev.roadmapkit.internet.httpserver;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Given: a request as {@link RequestReader} reads it.
 *
 * @param method the method, such as {@code GET}
 * @param target the request-target, such as {@code /items?page=2}
 * @param version {@code HTTP/1.1} or {@code HTTP/1.0}
 * @param headers the header fields, names lower-cased (the last one wins when a name repeats)
 * @param body the body (Content-Length octets), empty when there is none
 */
public record Request(
    String method, String target, String version, Map<String, String> headers, byte[] body) {

  /** Copies the headers and the body. */
  public Request {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(version, "version");
    headers = Map.copyOf(headers);
    body = body.clone();
  }

  @Override
  public byte[] body() {
    return body.clone();
  }

  /** The target without its query: {@code /items?page=2} gives {@code /items}. */
  public String path() {
    int question = target.indexOf('?');
    return question < 0 ? target : target.substring(0, question);
  }

  /** The value of the header {@code name}, compared without regard to case. */
  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name.toLowerCase(java.util.Locale.ROOT)));
  }
}
