package dev.roadmapkit.apis.conditionalrequests;

import java.util.Arrays;
import java.util.Map;

/**
 * What the resource answers: a status, response headers (one value per name) and the body bytes
 * (empty for no body). {@link ProfileServer} sends it over the wire as it is.
 *
 * @param status the HTTP status code
 * @param headers response headers, for example {@code ETag} and {@code Content-Type}
 * @param body the exact body bytes, empty when the response has no content
 */
public record Reply(int status, Map<String, String> headers, byte[] body) {

  /** Copies the headers and the body, so a reply never changes after it is made. */
  public Reply {
    headers = Map.copyOf(headers);
    body = body.clone();
  }

  /** A reply without a body. */
  public static Reply withoutBody(int status, Map<String, String> headers) {
    return new Reply(status, headers, new byte[0]);
  }

  @Override
  public byte[] body() {
    return body.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Reply that
        && status == that.status
        && headers.equals(that.headers)
        && Arrays.equals(body, that.body);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * status + headers.hashCode()) + Arrays.hashCode(body);
  }

  @Override
  public String toString() {
    return "Reply[" + status + " " + headers + " " + body.length + " bytes]";
  }
}
