package dev.roadmapkit.authentication.opaquetokens;

import java.time.Instant;
import java.util.Objects;

/**
 * What the server remembers about an issued token. Deliberately not the token itself: the store is
 * keyed by the token's hash, so a leaked store does not hand out working tokens.
 *
 * @param userId whom the token was issued to
 * @param expiresAt the first instant at which the token no longer works
 * @param revoked whether the token was revoked before it expired
 */
public record StoredToken(String userId, Instant expiresAt, boolean revoked) {

  /** Checks the parts. */
  public StoredToken {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  /** The same token, revoked. */
  public StoredToken asRevoked() {
    return new StoredToken(userId, expiresAt, true);
  }
}
