package dev.roadmapkit.authentication.jwt;

// Key idea: a JWS in compact form is base64url(header) "." base64url(payload) "." base64url(MAC),
// where the MAC is HMAC-SHA-256 over the first two parts exactly as they appear in the token.
// Trust nothing from the token before the MAC is verified, and never let the token choose the
// algorithm: the verifier knows it expects HS256 and refuses anything else, which defeats
// "alg: none" and RS256/HS256 confusion. Compare MACs with MessageDigest.isEqual. Trade-off: one
// shared key signs and verifies, so every verifier could also mint tokens; asymmetric algorithms
// avoid that at the cost of key management.

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Exercise {@code authentication/jwt}: HS256 JSON Web Tokens signed and verified by hand. */
public final class Hs256Jwt {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};
  private static final String HEADER =
      Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

  private final byte[] key;
  private final Clock clock;

  /**
   * Creates a signer and verifier.
   *
   * @param key the shared HMAC key; at least 32 bytes (RFC 7518 section 3.2)
   * @param clock the source of the current time
   * @throws IllegalArgumentException if the key is shorter than 32 bytes; the message says so
   */
  public Hs256Jwt(byte[] key, Clock clock) {
    if (key.length < 32) {
      throw new IllegalArgumentException(
          "an HS256 key needs at least 32 bytes (256 bits), got " + key.length);
    }
    this.key = key.clone();
    this.clock = clock;
  }

  /**
   * The HMAC-SHA-256 of {@code signingInput} under {@code key}, base64url-encoded without padding:
   * the third part of a compact JWS.
   */
  public static String signature(byte[] key, byte[] signingInput) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(key, signingInput));
  }

  /**
   * A compact JWS with the header {@code {"alg":"HS256","typ":"JWT"}} and these claims as the
   * payload.
   *
   * @param claims JSON-serialisable claims; times ({@code exp}, {@code nbf}, {@code iat}) as
   *     seconds since the epoch
   */
  public String sign(Map<String, Object> claims) {
    String payload;
    try {
      payload =
          Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(claims));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("claims are not JSON-serialisable: " + claims, e);
    }
    String signingInput = HEADER + "." + payload;
    return signingInput + "." + signature(key, signingInput.getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * Verifies a compact JWS and its claims against the policy. Never throws on bad input: anything
   * wrong is a {@link JwtVerification.Rejected} with its reason.
   */
  public JwtVerification verify(String token, JwtPolicy policy) {
    String[] parts = token == null ? new String[0] : token.split("\\.", -1);
    if (parts.length != 3) {
      return rejected(JwtRejection.MALFORMED);
    }
    Map<String, Object> header = decodeObject(parts[0]);
    if (header == null) {
      return rejected(JwtRejection.MALFORMED);
    }
    Object alg = header.get("alg");
    if (alg instanceof String name && same("none", name)) {
      return rejected(JwtRejection.ALGORITHM_NONE);
    }
    if (!same("HS256", alg)) {
      return rejected(JwtRejection.ALGORITHM_NOT_ALLOWED);
    }
    byte[] expected = mac(key, (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
    byte[] presented = decode(parts[2]);
    if (presented == null || !MessageDigest.isEqual(expected, presented)) {
      return rejected(JwtRejection.BAD_SIGNATURE);
    }
    Map<String, Object> claims = decodeObject(parts[1]);
    if (claims == null) {
      return rejected(JwtRejection.MALFORMED);
    }
    return checkClaims(claims, policy);
  }

  private JwtVerification checkClaims(Map<String, Object> claims, JwtPolicy policy) {
    long now = clock.instant().getEpochSecond();
    long skew = policy.clockSkew().getSeconds();
    if (!(claims.get("exp") instanceof Number exp) || now >= exp.longValue() + skew) {
      return rejected(JwtRejection.EXPIRED);
    }
    if (claims.get("nbf") instanceof Number nbf && now < nbf.longValue() - skew) {
      return rejected(JwtRejection.NOT_YET_VALID);
    }
    if (!same(policy.issuer(), claims.get("iss"))) {
      return rejected(JwtRejection.WRONG_ISSUER);
    }
    if (policy.audience().isPresent() && !names(claims.get("aud"), policy.audience().get())) {
      return rejected(JwtRejection.WRONG_AUDIENCE);
    }
    return new JwtVerification.Valid(claims);
  }

  /** RFC 7519 section 4.1.3: {@code aud} is one string or an array of strings. */
  private static boolean names(Object aud, String audience) {
    if (aud instanceof Collection<?> many) {
      return many.stream().anyMatch(one -> same(audience, one));
    }
    return same(audience, aud);
  }

  /**
   * Whether a value from the token is exactly the expected text. Every comparison goes through
   * MessageDigest.isEqual: it costs nothing here, and one rule is easier to keep than a judgement
   * per call of which values are secret.
   */
  private static boolean same(String expected, Object actual) {
    return actual instanceof String text
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8), text.getBytes(StandardCharsets.UTF_8));
  }

  private static Map<String, Object> decodeObject(String part) {
    byte[] json = decode(part);
    if (json == null) {
      return null;
    }
    try {
      return JSON.readValue(json, OBJECT);
    } catch (java.io.IOException e) {
      return null;
    }
  }

  private static byte[] decode(String part) {
    try {
      return Base64.getUrlDecoder().decode(part);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static byte[] mac(byte[] key, byte[] data) {
    try {
      Mac hmac = Mac.getInstance("HmacSHA256");
      hmac.init(new SecretKeySpec(key, "HmacSHA256"));
      return hmac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK has HmacSHA256", e);
    }
  }

  private static JwtVerification rejected(JwtRejection reason) {
    return new JwtVerification.Rejected(reason);
  }
}
