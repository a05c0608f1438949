package dev.roadmapkit.authentication.basicauth;

import java.util.Objects;

/** The result of parsing an {@code Authorization} header: credentials, or why there are none. */
public sealed interface ParseResult permits ParseResult.Parsed, ParseResult.Malformed {

  /**
   * The header carried credentials.
   *
   * @param credentials what it carried
   */
  record Parsed(Credentials credentials) implements ParseResult {
    /** Checks the part. */
    public Parsed {
      Objects.requireNonNull(credentials, "credentials");
    }
  }

  /**
   * The header was missing or malformed.
   *
   * @param reason what was wrong; never {@link Rejection#BAD_CREDENTIALS}
   */
  record Malformed(Rejection reason) implements ParseResult {
    /** Checks the part. */
    public Malformed {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
