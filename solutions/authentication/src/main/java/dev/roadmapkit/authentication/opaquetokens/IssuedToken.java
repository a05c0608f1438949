package dev.roadmapkit.authentication.opaquetokens;

import java.time.Instant;
import java.util.Objects;

/**
 * A token as handed to its owner, the only time the server ever sees it in full.
 *
 * @param token the bearer token: 43 base64url characters for 32 random bytes
 * @param expiresAt the first instant at which it no longer works
 */
public record IssuedToken(String token, Instant expiresAt) {

  /** Checks the parts. */
  public IssuedToken {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  @Override
  public String toString() {
    return "IssuedToken[token=***, expiresAt=" + expiresAt + "]";
  }
}
