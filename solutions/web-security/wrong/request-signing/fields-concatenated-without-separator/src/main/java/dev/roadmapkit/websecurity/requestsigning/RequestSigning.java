package dev.roadmapkit.websecurity.requestsigning;

// Key idea: sign a canonical text that covers everything an attacker could change (method, path,
// timestamp, nonce, and a hash of the body), one field per line so that no two different requests
// give the same text. The timestamp bounds how long a captured request is worth replaying and the
// nonce stops replays inside that window.

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Exercise {@code web-security/request-signing}: the HMAC and the canonical form. */
public final class RequestSigning {

  private RequestSigning() {}

  /** HMAC-SHA-256 of {@code message} under {@code key}, as lower-case hex (RFC 4231). */
  public static String hmacSha256Hex(byte[] key, byte[] message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(message));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK has HmacSHA256", e);
    }
  }

  /**
   * The text that is signed: method, path, timestamp, nonce and the lower-case hex SHA-256 of the
   * body's UTF-8 bytes, each followed by {@code "\n"}.
   */
  public static String canonical(
      String method, String path, String timestamp, String nonce, String body) {
    String bodyHash;
    try {
      bodyHash =
          HexFormat.of()
              .formatHex(
                  MessageDigest.getInstance("SHA-256")
                      .digest(body.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
    return method + path + timestamp + nonce + bodyHash;
  }

  /** Signs a request: the hex HMAC of its canonical form under {@code key}. */
  public static SignedRequest sign(
      byte[] key, String method, String path, String body, String timestamp, String nonce) {
    String signature =
        hmacSha256Hex(
            key, canonical(method, path, timestamp, nonce, body).getBytes(StandardCharsets.UTF_8));
    return new SignedRequest(method, path, body, timestamp, nonce, signature);
  }
}
