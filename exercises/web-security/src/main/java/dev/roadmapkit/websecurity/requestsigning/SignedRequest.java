package dev.roadmapkit.websecurity.requestsigning;

import java.util.Objects;

/**
 * A request as it travels, with its signature headers.
 *
 * @param method the HTTP method, e.g. {@code POST}
 * @param path the path with the query, e.g. {@code /v1/payments?dry=true}
 * @param body the body text (empty when there is none)
 * @param timestamp the {@code X-Timestamp} header: seconds since the epoch, as text
 * @param nonce the {@code X-Nonce} header: a value the sender never reuses
 * @param signature the {@code X-Signature} header: lower-case hex HMAC-SHA-256
 */
public record SignedRequest(
    String method, String path, String body, String timestamp, String nonce, String signature) {

  /** Checks the parts. */
  public SignedRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(nonce, "nonce");
    Objects.requireNonNull(signature, "signature");
  }
}
