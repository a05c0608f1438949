package dev.roadmapkit.frontendbasics.corspreflight;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The answer to a preflight request: a status code and the header fields to send, with no body.
 * Header names are case-insensitive: {@code header("vary")} finds {@code Vary}.
 */
public record CorsResponse(int status, Map<String, String> headers) {

  /** Copies the headers into a case-insensitive, unmodifiable map. */
  public CorsResponse {
    TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    copy.putAll(headers);
    headers = Collections.unmodifiableMap(copy);
  }

  /** The value of header {@code name}, looked up without regard to case. */
  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name));
  }
}
