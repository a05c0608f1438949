package dev.roadmapkit.authentication.jwt;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The result of {@link Hs256Jwt#verify}: the claims, or why there are none. */
public sealed interface JwtVerification permits JwtVerification.Valid, JwtVerification.Rejected {

  /**
   * Signature and claims check out.
   *
   * @param claims the payload's claims as JSON values (strings, numbers, booleans, lists, maps)
   */
  record Valid(Map<String, Object> claims) implements JwtVerification {
    /** Copies the claims (JSON {@code null} values included). */
    public Valid {
      claims = Collections.unmodifiableMap(new LinkedHashMap<>(claims));
    }
  }

  /**
   * The token must not be trusted.
   *
   * @param reason why
   */
  record Rejected(JwtRejection reason) implements JwtVerification {
    /** Checks the part. */
    public Rejected {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
