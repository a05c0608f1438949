package dev.roadmapkit.apis.restresource;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An HTTP request as {@link BookServer} hands it to {@link BooksApi}. Given.
 *
 * @param method the method, as sent ({@code GET}, {@code POST}...)
 * @param path the path, without the query ({@code /books/7})
 * @param headers the request headers, the first value of each, names looked up in any case
 * @param body the body's bytes (empty when there is none)
 * @param origin the absolute URI of the server as the client addressed it, from the request's
 *     {@code Host} header: {@code http://127.0.0.1:54321} (no path, no trailing slash)
 */
public record ApiRequest(
    String method, String path, Map<String, String> headers, byte[] body, URI origin) {

  /** Copies the headers into a map whose names compare without regard to case. */
  public ApiRequest {
    TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    copy.putAll(headers);
    headers = java.util.Collections.unmodifiableMap(copy);
    body = body.clone();
  }

  /** The first value of the header {@code name} (any case), if the request has it. */
  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name));
  }

  /** The body decoded as UTF-8. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** The body's bytes (a copy). */
  @Override
  public byte[] body() {
    return body.clone();
  }
}
