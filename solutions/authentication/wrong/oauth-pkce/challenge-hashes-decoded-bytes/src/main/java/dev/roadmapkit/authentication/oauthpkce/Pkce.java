package dev.roadmapkit.authentication.oauthpkce;

// Key idea: the client makes up a one-time secret (the verifier), sends only its SHA-256 (the
// challenge) with the authorization request, and reveals the verifier in the token request. An
// attacker who intercepts the code cannot redeem it without the verifier, which never travelled
// through the browser.

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/** Exercise {@code authentication/oauth-pkce}: PKCE code verifiers and S256 challenges. */
public final class Pkce {

  private Pkce() {}

  /**
   * A new code verifier: 32 bytes from {@code random}, base64url-encoded without padding, which
   * gives the 43 characters RFC 7636 section 4.1 asks for at minimum.
   */
  public static String newVerifier(SecureRandom random) {
    return randomText(random);
  }

  /** The S256 challenge of a verifier: {@code BASE64URL(SHA256(ASCII(verifier)))}, no padding. */
  public static String challenge(String verifier) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(Base64.getUrlDecoder().decode(verifier));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** 32 random bytes as base64url without padding: verifiers and state values. */
  static String randomText(SecureRandom random) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
