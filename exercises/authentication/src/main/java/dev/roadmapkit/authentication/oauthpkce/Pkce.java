package dev.roadmapkit.authentication.oauthpkce;

import java.security.SecureRandom;

/**
 * Exercise {@code authentication/oauth-pkce}, part 1: PKCE code verifiers and S256 challenges (RFC
 * 7636).
 *
 * <p>The client makes up a one-time secret, the <em>verifier</em>, sends only its hash, the
 * <em>challenge</em>, with the authorization request, and reveals the verifier in the token
 * request. Whoever intercepts the code cannot redeem it without the verifier.
 */
public final class Pkce {

  private Pkce() {}

  /**
   * A new code verifier: 32 bytes from {@code random} (one {@code nextBytes} call),
   * base64url-encoded without padding, which gives the 43 characters RFC 7636 section 4.1 asks for
   * at minimum.
   */
  public static String newVerifier(SecureRandom random) {
    throw new UnsupportedOperationException(
        "TODO authentication/oauth-pkce: 32 random bytes as base64url without padding");
  }

  /** The S256 challenge of a verifier: {@code BASE64URL(SHA256(ASCII(verifier)))}, no padding. */
  public static String challenge(String verifier) {
    throw new UnsupportedOperationException(
        "TODO authentication/oauth-pkce: SHA-256 of the verifier's ASCII bytes, base64url without"
            + " padding");
  }
}
