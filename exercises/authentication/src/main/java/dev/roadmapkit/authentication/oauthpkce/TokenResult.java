package dev.roadmapkit.authentication.oauthpkce;

import java.util.Objects;

/** The end of the flow: tokens, or why there are none. */
public sealed interface TokenResult permits TokenResult.Tokens, TokenResult.Refused {

  /**
   * The token endpoint issued an access token.
   *
   * @param accessToken the access token
   * @param tokenType its type, normally {@code Bearer}
   * @param expiresInSeconds its lifetime in seconds
   */
  record Tokens(String accessToken, String tokenType, long expiresInSeconds)
      implements TokenResult {
    /** Checks the parts. */
    public Tokens {
      Objects.requireNonNull(accessToken, "accessToken");
      Objects.requireNonNull(tokenType, "tokenType");
    }

    @Override
    public String toString() {
      return "Tokens[accessToken=***, tokenType="
          + tokenType
          + ", expiresIn="
          + expiresInSeconds
          + "]";
    }
  }

  /**
   * The flow stopped.
   *
   * @param reason why
   * @param detail the OAuth {@code error} code when the server sent one, else a short explanation
   */
  record Refused(Reason reason, String detail) implements TokenResult {
    /** Checks the parts. */
    public Refused {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(detail, "detail");
    }
  }

  /** Why the flow stopped. */
  enum Reason {
    /** The callback's {@code state} is missing or not the one this request sent. */
    STATE_MISMATCH,
    /** The authorization server sent an {@code error} to the callback. */
    AUTHORIZATION_ERROR,
    /** The callback has neither a {@code code} nor an {@code error}, or is not parseable. */
    MALFORMED_CALLBACK,
    /** The token endpoint refused the request; the detail is its {@code error} code. */
    TOKEN_ERROR,
    /** The token endpoint answered 200 with something that is not a token response. */
    MALFORMED_TOKEN_RESPONSE,
    /** The token endpoint could not be reached. */
    UNREACHABLE
  }
}
