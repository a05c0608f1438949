package dev.roadmapkit.authentication.opaquetokens;

import java.util.Objects;

/** What {@link TokenService#authenticate} decided about a bearer token. */
public sealed interface TokenCheck permits TokenCheck.Valid, TokenCheck.Invalid {

  /**
   * The token is known, unexpired and not revoked.
   *
   * @param userId its owner
   */
  record Valid(String userId) implements TokenCheck {
    /** Checks the part. */
    public Valid {
      Objects.requireNonNull(userId, "userId");
    }
  }

  /**
   * The token does not authenticate anyone.
   *
   * @param reason why
   */
  record Invalid(Reason reason) implements TokenCheck {
    /** Checks the part. */
    public Invalid {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** Why a bearer token was refused. */
  enum Reason {
    /** No {@code Authorization} header. */
    MISSING,
    /** Not {@code Bearer <token>}, or the token is not 43 base64url characters. */
    MALFORMED,
    /** Well-formed, but never issued here. */
    UNKNOWN,
    /** Issued here, but its lifetime is over. */
    EXPIRED,
    /** Issued here, but revoked. */
    REVOKED
  }
}
