package dev.roadmapkit.testing.testdoubles;

import java.time.Instant;
import java.util.Objects;

/**
 * A bearer token as the authorization server issues it.
 *
 * @param value the token, sent as {@code Authorization: Bearer <value>}
 * @param expiresAt the instant from which the server refuses it
 */
public record AccessToken(String value, Instant expiresAt) {

  /** Checks the parts. */
  public AccessToken {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }
}
