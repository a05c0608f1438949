package dev.roadmapkit.authentication.jwt;

import java.time.Clock;
import java.util.Map;

/**
 * Exercise {@code authentication/jwt}: HS256 JSON Web Tokens (RFC 7519) signed and verified by hand
 * with {@code javax.crypto.Mac}; Jackson's {@code ObjectMapper} does the JSON.
 *
 * <p>A token is {@code base64url(header) "." base64url(payload) "." base64url(signature)}, each
 * base64url without padding; the signature is HMAC-SHA-256 under the key over the ASCII of the
 * first two parts <em>exactly as they appear in the token</em>. {@link #verify} checks, in this
 * order, and stops at the first problem:
 *
 * <ol>
 *   <li>three parts, a header that is a base64url JSON object, else {@link JwtRejection#MALFORMED};
 *   <li>the header's {@code alg}: {@code none} in any case is {@link JwtRejection#ALGORITHM_NONE};
 *       anything but {@code HS256} is {@link JwtRejection#ALGORITHM_NOT_ALLOWED}. The verifier
 *       decides the algorithm, never the token;
 *   <li>the signature, compared with {@link java.security.MessageDigest#isEqual}, else {@link
 *       JwtRejection#BAD_SIGNATURE};
 *   <li>a payload that is a JSON object, else {@link JwtRejection#MALFORMED};
 *   <li>{@code exp} (required, seconds since the epoch, any JSON number: after 2038 it no longer
 *       fits an {@code int}): valid while {@code now < exp + skew}, else {@link
 *       JwtRejection#EXPIRED}; {@code nbf} (optional): not before {@code nbf - skew}, else {@link
 *       JwtRejection#NOT_YET_VALID};
 *   <li>{@code iss} equal to the policy's issuer, else {@link JwtRejection#WRONG_ISSUER}; if the
 *       policy names an audience, {@code aud} (a string or an array) must contain it, else {@link
 *       JwtRejection#WRONG_AUDIENCE}.
 * </ol>
 *
 * <p>Nothing from the token is compared with {@code equals}: a test checks the code for it.
 */
public final class Hs256Jwt {

  /**
   * Creates a signer and verifier.
   *
   * @param key the shared HMAC key; at least 32 bytes (RFC 7518 section 3.2)
   * @param clock the source of the current time
   * @throws IllegalArgumentException if the key is shorter than 32 bytes; the message says so
   */
  public Hs256Jwt(byte[] key, Clock clock) {
    throw new UnsupportedOperationException(
        "TODO authentication/jwt: refuse keys under 32 bytes, keep a copy of the key and the clock");
  }

  /**
   * The HMAC-SHA-256 of {@code signingInput} under {@code key}, base64url-encoded without padding:
   * the third part of a compact JWS.
   */
  public static String signature(byte[] key, byte[] signingInput) {
    throw new UnsupportedOperationException(
        "TODO authentication/jwt: Mac.getInstance(\"HmacSHA256\"), init with a SecretKeySpec,"
            + " doFinal, base64url without padding");
  }

  /**
   * A compact JWS with the header {@code {"alg":"HS256","typ":"JWT"}} and these claims as the
   * payload.
   *
   * @param claims JSON-serialisable claims; times ({@code exp}, {@code nbf}, {@code iat}) as
   *     seconds since the epoch
   */
  public String sign(Map<String, Object> claims) {
    throw new UnsupportedOperationException(
        "TODO authentication/jwt: header.payload as base64url JSON, then \".\" + signature");
  }

  /**
   * Verifies a compact JWS and its claims against the policy. Never throws on bad input: anything
   * wrong is a {@link JwtVerification.Rejected} with its reason.
   */
  public JwtVerification verify(String token, JwtPolicy policy) {
    throw new UnsupportedOperationException(
        "TODO authentication/jwt: structure, alg, signature (MessageDigest.isEqual), claims");
  }
}
