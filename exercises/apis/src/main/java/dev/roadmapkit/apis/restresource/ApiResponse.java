package dev.roadmapkit.apis.restresource;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An HTTP response for {@link BookServer} to send. Given. {@code BookServer} sends the headers as
 * they are and the body when it is not empty; it adds nothing of its own (no {@code Content-Type},
 * no {@code Location}, no {@code Allow}).
 *
 * @param status the status code
 * @param headers the response headers, one value per name
 * @param body the body's bytes, empty for none
 */
public record ApiResponse(int status, Map<String, String> headers, byte[] body) {

  /** Copies the headers (keeping their order) and the body. */
  public ApiResponse {
    headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    body = body.clone();
  }

  /** A response with no headers and no body. */
  public static ApiResponse status(int status) {
    return new ApiResponse(status, Map.of(), new byte[0]);
  }

  /** This response with one more header (replacing one of the same name). */
  public ApiResponse withHeader(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put(name, value);
    return new ApiResponse(status, copy, body);
  }

  /** This response with {@code body} as UTF-8 and {@code Content-Type: contentType}. */
  public ApiResponse withBody(String contentType, String body) {
    return new ApiResponse(status, headers, body.getBytes(StandardCharsets.UTF_8))
        .withHeader("Content-Type", contentType);
  }

  /** The body's bytes (a copy). */
  @Override
  public byte[] body() {
    return body.clone();
  }
}
