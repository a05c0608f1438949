package dev.roadmapkit.authentication.jwt;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What a verifier expects of a token besides a valid signature.
 *
 * @param issuer the only accepted {@code iss}
 * @param audience the {@code aud} the token must name, if any is required
 * @param clockSkew how far the issuer's clock may be from ours, applied to {@code exp} and {@code
 *     nbf}; zero or positive
 */
public record JwtPolicy(String issuer, Optional<String> audience, Duration clockSkew) {

  /** Checks the parts. */
  public JwtPolicy {
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(audience, "audience");
    if (clockSkew.isNegative()) {
      throw new IllegalArgumentException("clock skew cannot be negative: " + clockSkew);
    }
  }
}
