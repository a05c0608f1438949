package dev.roadmapkit.authentication.basicauth;

import java.util.Objects;

/** What {@link BasicAuthenticator#authenticate} decided. */
public sealed interface Outcome permits Outcome.Granted, Outcome.Denied {

  /**
   * The credentials were right.
   *
   * @param userId who was authenticated
   */
  record Granted(String userId) implements Outcome {
    /** Checks the part. */
    public Granted {
      Objects.requireNonNull(userId, "userId");
    }
  }

  /**
   * Access is denied; the HTTP answer is {@code status} with a {@code WWW-Authenticate} header
   * whose value is {@code wwwAuthenticate}.
   *
   * @param reason why
   * @param status the HTTP status to answer with
   * @param wwwAuthenticate the value of the {@code WWW-Authenticate} response header
   */
  record Denied(Rejection reason, int status, String wwwAuthenticate) implements Outcome {
    /** Checks the parts. */
    public Denied {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(wwwAuthenticate, "wwwAuthenticate");
    }
  }
}
