package dev.roadmapkit.websecurity.requestsigning;

/**
 * Exercise {@code web-security/request-signing}, part 1: the HMAC and the canonical form that is
 * signed.
 *
 * <p>A signature must cover everything an attacker could change, and the text that is signed must
 * be unambiguous: two different requests must never give the same text. So the canonical form is
 * one field per line, each followed by {@code "\n"}: the method, the path, the timestamp, the
 * nonce, and the lower-case hex SHA-256 of the body's UTF-8 bytes (hashing the body keeps the
 * signed text small and free of newlines the body may contain).
 */
public final class RequestSigning {

  private RequestSigning() {}

  /** HMAC-SHA-256 of {@code message} under {@code key}, as lower-case hex (RFC 4231). */
  public static String hmacSha256Hex(byte[] key, byte[] message) {
    throw new UnsupportedOperationException(
        "TODO web-security/request-signing: Mac.getInstance(\"HmacSHA256\"), HexFormat.of()");
  }

  /**
   * The text that is signed: method, path, timestamp, nonce and the lower-case hex SHA-256 of the
   * body's UTF-8 bytes, each followed by {@code "\n"}.
   */
  public static String canonical(
      String method, String path, String timestamp, String nonce, String body) {
    throw new UnsupportedOperationException(
        "TODO web-security/request-signing: the five lines, each ending in \\n");
  }

  /** Signs a request: the hex HMAC of its canonical form under {@code key}. */
  public static SignedRequest sign(
      byte[] key, String method, String path, String body, String timestamp, String nonce) {
    throw new UnsupportedOperationException(
        "TODO web-security/request-signing: hmacSha256Hex of the canonical form's UTF-8 bytes");
  }
}
