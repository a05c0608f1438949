package dev.roadmapkit.authentication.opaquetokens;

// Key idea: a bearer token is a password the server chose, so treat it like one. Draw 32 bytes
// from a SecureRandom (2^256 possibilities: guessing is hopeless), hand them out once as base64url
// text, and store only SHA-256(token). A fast hash is enough here, unlike for passwords, because
// the token already has full entropy. Looking a token up by its hash also means no secret is
// ever compared byte by byte. Trade-off: a lost token cannot be shown again, only reissued.

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Exercise {@code authentication/opaque-tokens}: issues, checks and revokes opaque bearer tokens.
 */
public final class TokenService {

  private static final int TOKEN_BYTES = 32;
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_+/-]{43}");
  private static final String BEARER = "Bearer ";

  private final TokenStore store;
  private final Clock clock;
  private final Duration lifetime;
  private final SecureRandom random;

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
    if (lifetime.isZero() || lifetime.isNegative()) {
      throw new IllegalArgumentException("a token lifetime must be positive: " + lifetime);
    }
    this.store = store;
    this.clock = clock;
    this.lifetime = lifetime;
    this.random = random;
  }

  /** Issues a new token to {@code userId}, valid for the lifetime from now. */
  public IssuedToken issue(String userId) {
    byte[] bytes = new byte[TOKEN_BYTES];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Instant expiresAt = clock.instant().plus(lifetime);
    store.put(hash(token), new StoredToken(userId, expiresAt, false));
    return new IssuedToken(token, expiresAt);
  }

  /**
   * Checks the {@code Authorization} header value of a request ({@code null} when there is none):
   * {@code Bearer <token>}, the scheme name in any case. Never throws on bad input.
   */
  public TokenCheck authenticate(String authorization) {
    if (authorization == null) {
      return new TokenCheck.Invalid(TokenCheck.Reason.MISSING);
    }
    if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return new TokenCheck.Invalid(TokenCheck.Reason.MALFORMED);
    }
    String presented = authorization.substring(BEARER.length());
    if (!TOKEN.matcher(presented).matches()) {
      return new TokenCheck.Invalid(TokenCheck.Reason.MALFORMED);
    }
    Optional<StoredToken> stored = find(presented);
    if (stored.isEmpty()) {
      return new TokenCheck.Invalid(TokenCheck.Reason.UNKNOWN);
    }
    StoredToken token = stored.get();
    if (token.revoked()) {
      return new TokenCheck.Invalid(TokenCheck.Reason.REVOKED);
    }
    if (!clock.instant().isBefore(token.expiresAt())) {
      return new TokenCheck.Invalid(TokenCheck.Reason.EXPIRED);
    }
    return new TokenCheck.Valid(token.userId());
  }

  /**
   * Revokes {@code token} so that it stops working at once.
   *
   * @return whether the token was known and not yet revoked
   */
  public boolean revoke(String token) {
    Optional<StoredToken> stored = find(token);
    if (stored.isEmpty() || stored.get().revoked()) {
      return false;
    }
    store.put(hash(token), stored.get().asRevoked());
    return true;
  }

  private Optional<StoredToken> find(String token) {
    return TOKEN.matcher(token).matches() ? store.get(hash(token)) : Optional.empty();
  }

  /** The lower-case hex SHA-256 of the token's ASCII text: the store's key. */
  static String hash(String token) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
