package dev.roadmapkit.frontendbasics.corspreflight;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The parts of an HTTP request that CORS looks at: the method and the header fields. Header names
 * are case-insensitive, as in HTTP: {@code header("origin")} finds {@code Origin}.
 */
public record CorsRequest(String method, Map<String, String> headers) {

  /** Copies the headers into a case-insensitive, unmodifiable map. */
  public CorsRequest {
    Objects.requireNonNull(method, "method");
    TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    copy.putAll(headers);
    headers = Collections.unmodifiableMap(copy);
  }

  /**
   * A request with these header fields, given as name, value, name, value...
   *
   * <pre>{@code CorsRequest.of("OPTIONS", "Origin", "https://app.example.com",
   *     "Access-Control-Request-Method", "PUT")}</pre>
   */
  public static CorsRequest of(String method, String... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("header names and values must come in pairs");
    }
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (int i = 0; i < namesAndValues.length; i += 2) {
      headers.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return new CorsRequest(method, headers);
  }

  /** The value of header {@code name}, looked up without regard to case. */
  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name));
  }
}
