package dev.roadmapkit.authentication.opaquetokens;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;

/**
 * Exercise {@code authentication/opaque-tokens}: issues, checks and revokes opaque bearer tokens.
 *
 * <ul>
 *   <li>A token is 32 bytes (256 bits) from the {@link SecureRandom} given to the constructor,
 *       encoded as base64url without padding: 43 characters from {@code [A-Za-z0-9_-]}.
 *   <li>The server never stores a token. It stores a {@link StoredToken} in the {@link TokenStore}
 *       under the lower-case hex SHA-256 of the token's text, so whoever reads the store gets
 *       nothing they can present. To check a token, hash it and look the hash up.
 *   <li>A token expires one lifetime after it was issued, on the injected {@link Clock}: it works
 *       while {@code now < expiresAt}.
 *   <li>{@link #authenticate} takes an {@code Authorization} header value, {@code Bearer <token>}
 *       (the scheme in any case), and never throws: see {@link TokenCheck.Reason} for the reasons.
 *       The checks run in this order and the first that fails is the reason: MISSING, MALFORMED,
 *       UNKNOWN, REVOKED, EXPIRED (so a revoked token stays REVOKED after it expires).
 * </ul>
 */
public final class TokenService {

  /**
   * Creates a service.
   *
   * @param store where token hashes are kept
   * @param clock the source of the current time
   * @param lifetime how long an issued token works; must be positive
   * @param random the source of token bytes
   * @throws IllegalArgumentException if {@code lifetime} is zero or negative; the message names it
   */
  public TokenService(TokenStore store, Clock clock, Duration lifetime, SecureRandom random) {
    throw new UnsupportedOperationException(
        "TODO authentication/opaque-tokens: refuse a lifetime <= 0 (naming it), keep the parts");
  }

  /** Issues a new token to {@code userId}, valid for the lifetime from now. */
  public IssuedToken issue(String userId) {
    throw new UnsupportedOperationException(
        "TODO authentication/opaque-tokens: 32 random bytes, base64url without padding; store"
            + " only the SHA-256 hex of the token");
  }

  /**
   * Checks the {@code Authorization} header value of a request ({@code null} when there is none):
   * {@code Bearer <token>}, the scheme name in any case. Never throws on bad input.
   */
  public TokenCheck authenticate(String authorization) {
    throw new UnsupportedOperationException(
        "TODO authentication/opaque-tokens: MISSING, MALFORMED, UNKNOWN, REVOKED, EXPIRED or"
            + " Valid(userId)");
  }

  /**
   * Revokes {@code token} so that it stops working at once.
   *
   * @return whether the token was known and not yet revoked
   */
  public boolean revoke(String token) {
    throw new UnsupportedOperationException(
        "TODO authentication/opaque-tokens: mark the stored record revoked (asRevoked())");
  }
}
