package dev.roadmapkit.authentication.basicauth;

import java.util.Map;

/**
 * Exercise {@code authentication/basic-auth}, part 2: checks {@code Basic} credentials against
 * known users and answers a failure with 401 and a {@code WWW-Authenticate} challenge.
 *
 * <ul>
 *   <li>The challenge is {@code Basic realm="<realm>", charset="UTF-8"} (RFC 7617 section 2.1).
 *   <li>Right credentials give {@link Outcome.Granted}. Everything else gives {@link
 *       Outcome.Denied} with status 401 and the challenge: a malformed header with the reason
 *       {@link BasicAuth#parse} found, an unknown user <em>and</em> a wrong password with the same
 *       {@link Rejection#BAD_CREDENTIALS}, so nobody can find out which users exist.
 *   <li>Passwords are compared in constant time, with {@link java.security.MessageDigest#isEqual}
 *       on their UTF-8 bytes, never with {@code equals}, which returns as soon as one character
 *       differs and so tells an attacker, through timing, how much of a guess was right. A test
 *       checks the code for it.
 * </ul>
 */
public final class BasicAuthenticator {

  /**
   * Creates an authenticator.
   *
   * @param realm the protection space named in the challenge; must not contain {@code "} or {@code
   *     \}
   * @param passwordsByUserId the known users and their passwords
   * @throws IllegalArgumentException if the realm contains a quote or a backslash
   */
  public BasicAuthenticator(String realm, Map<String, String> passwordsByUserId) {
    throw new UnsupportedOperationException(
        "TODO authentication/basic-auth: refuse a realm with \" or \\, build the challenge, keep a"
            + " copy of the users");
  }

  /** The {@code WWW-Authenticate} value: {@code Basic realm="<realm>", charset="UTF-8"}. */
  public String challenge() {
    throw new UnsupportedOperationException("TODO authentication/basic-auth: return the challenge");
  }

  /**
   * Authenticates the request whose {@code Authorization} header value is given ({@code null} when
   * it has none). Never throws on bad input.
   */
  public Outcome authenticate(String authorization) {
    throw new UnsupportedOperationException(
        "TODO authentication/basic-auth: parse the header, compare the password with"
            + " MessageDigest.isEqual, return Granted or Denied(reason, 401, challenge)");
  }
}
