package dev.roadmapkit.authentication.jwt;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Builds tokens by hand for the tests, independently of the code under test. */
final class JwtTokens {

  static final byte[] KEY =
      "a test key of thirty-two bytes at least, never used outside tests"
          .getBytes(StandardCharsets.UTF_8);

  private JwtTokens() {}

  static String part(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  static String decodePart(String part) {
    return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
  }

  static String hmac(byte[] key, String signingInput) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  /** A token with this header and payload JSON, signed with HMAC-SHA-256 under {@code key}. */
  static String signed(byte[] key, String headerJson, String payloadJson) {
    String input = part(headerJson) + "." + part(payloadJson);
    return input + "." + hmac(key, input);
  }
}
