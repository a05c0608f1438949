package dev.roadmapkit.architecture.idempotencykeys;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An HTTP request, reduced to what the exercise needs. Given.
 *
 * @param method e.g. {@code POST}
 * @param path e.g. {@code /payments}
 * @param headers header names and values; names are case-insensitive, as in HTTP
 * @param body the request body, {@code ""} for none
 */
public record HttpRequest(String method, String path, Map<String, String> headers, String body) {

  /** Copies the headers, with their names in lower case. */
  public HttpRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(body, "body");
    Map<String, String> lowerCase = new TreeMap<>();
    headers.forEach((name, value) -> lowerCase.put(name.toLowerCase(Locale.ROOT), value));
    headers = Map.copyOf(lowerCase);
  }

  /** The value of a header, whatever the case of its name. */
  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
  }
}
