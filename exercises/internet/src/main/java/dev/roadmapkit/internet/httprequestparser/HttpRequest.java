package dev.roadmapkit.internet.httprequestparser;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Given: a parsed HTTP/1.1 request.
 *
 * @param method the method token, case-sensitive ({@code GET}, {@code POST})
 * @param target the request-target as sent ({@code /index.html?q=1})
 * @param version {@code HTTP/1.1} or {@code HTTP/1.0}
 * @param headers the header fields in the order received, names as sent, values without the
 *     whitespace around them
 * @param body the body: the Content-Length octets, or the chunks joined; empty when there is none
 */
public record HttpRequest(
    String method, String target, String version, List<Field> headers, byte[] body) {

  /** A header field: its name as sent and its value without leading or trailing whitespace. */
  public record Field(String name, String value) {
    /** Checks for nulls. */
    public Field {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
    }
  }

  /** Copies the lists and the body. */
  public HttpRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(version, "version");
    headers = List.copyOf(headers);
    body = body.clone();
  }

  @Override
  public byte[] body() {
    return body.clone();
  }

  /** The value of the first field called {@code name}, compared without regard to case. */
  public Optional<String> header(String name) {
    return headers.stream()
        .filter(f -> f.name().equalsIgnoreCase(name))
        .map(Field::value)
        .findFirst();
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof HttpRequest)) {
      return false;
    }
    HttpRequest that = (HttpRequest) other;
    return method.equals(that.method)
        && target.equals(that.target)
        && version.equals(that.version)
        && headers.equals(that.headers)
        && Arrays.equals(body, that.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, target, version, headers, Arrays.hashCode(body));
  }

  @Override
  public String toString() {
    return method
        + " "
        + target
        + " "
        + version
        + " "
        + headers.stream()
            .map(f -> f.name() + ": " + f.value())
            .collect(Collectors.joining(", ", "[", "]"))
        + " body="
        + body.length
        + " octets";
  }
}
