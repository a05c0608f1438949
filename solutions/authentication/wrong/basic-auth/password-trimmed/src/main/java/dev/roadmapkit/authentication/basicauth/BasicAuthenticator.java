package dev.roadmapkit.authentication.basicauth;

// Key idea: compare the password bytes with MessageDigest.isEqual, whose running time does not
// depend on where the first difference is, so an attacker cannot guess a password byte by byte
// from response times. Unknown user and wrong password give the same reason. Trade-off: passwords
// are held here as given to keep the exercise about the protocol; a real store holds slow salted
// hashes (web-security/password-hashing).

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

/**
 * Exercise {@code authentication/basic-auth}: checks {@code Basic} credentials against known users
 * and answers a failure with 401 and a {@code WWW-Authenticate} challenge.
 */
public final class BasicAuthenticator {

  private final String challenge;
  private final Map<String, String> passwords;

  /**
   * Creates an authenticator.
   *
   * @param realm the protection space named in the challenge; must not contain {@code "} or {@code
   *     \}
   * @param passwordsByUserId the known users and their passwords
   * @throws IllegalArgumentException if the realm contains a quote or a backslash
   */
  public BasicAuthenticator(String realm, Map<String, String> passwordsByUserId) {
    if (realm.indexOf('"') >= 0 || realm.indexOf('\\') >= 0) {
      throw new IllegalArgumentException("a realm cannot contain a quote or a backslash: " + realm);
    }
    this.challenge = "Basic realm=\"" + realm + "\", charset=\"UTF-8\"";
    this.passwords = Map.copyOf(passwordsByUserId);
  }

  /** The {@code WWW-Authenticate} value: {@code Basic realm="<realm>", charset="UTF-8"}. */
  public String challenge() {
    return challenge;
  }

  /**
   * Authenticates the request whose {@code Authorization} header value is given ({@code null} when
   * it has none). Never throws on bad input.
   */
  public Outcome authenticate(String authorization) {
    ParseResult parsed = BasicAuth.parse(authorization);
    if (parsed instanceof ParseResult.Malformed malformed) {
      return deny(malformed.reason());
    }
    Credentials credentials = ((ParseResult.Parsed) parsed).credentials();
    String expected = passwords.get(credentials.userId());
    if (expected != null
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8),
            credentials.password().strip().getBytes(StandardCharsets.UTF_8))) {
      return new Outcome.Granted(credentials.userId());
    }
    return deny(Rejection.BAD_CREDENTIALS);
  }

  private Outcome deny(Rejection reason) {
    return new Outcome.Denied(reason, 401, challenge);
  }
}
