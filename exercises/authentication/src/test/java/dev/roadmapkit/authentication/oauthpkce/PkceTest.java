package dev.roadmapkit.authentication.oauthpkce;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.Label;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Label("authentication/oauth-pkce: Pkce")
class PkceTest {

  // RFC 7636 appendix B: the 32 random octets, the verifier they encode to, and its challenge.
  private static final int[] RFC_OCTETS = {
    116, 24, 223, 180, 151, 153, 224, 37, 79, 250, 96, 125, 216, 173, 187, 186, 22, 212, 37, 77,
    105, 214, 191, 240, 91, 88, 5, 88, 83, 132, 141, 121
  };
  private static final String RFC_VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
  private static final String RFC_CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

  /** A "random" source that replays the RFC's octets. */
  static final class ReplayRandom extends SecureRandom {
    private static final long serialVersionUID = 1L;

    @Override
    public void nextBytes(byte[] bytes) {
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) RFC_OCTETS[i % RFC_OCTETS.length];
      }
    }
  }

  @Test
  @DisplayName("the S256 challenge of the RFC 7636 appendix B verifier is the RFC's")
  void rfc7636Challenge() {
    assertThat(Pkce.challenge(RFC_VERIFIER))
        .as(
            "RFC 7636 appendix B: BASE64URL(SHA256(ASCII(verifier))) without padding is"
                + " E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM. Hash the verifier's text, not"
                + " the octets it encodes")
        .isEqualTo(RFC_CHALLENGE);
  }

  @Test
  @DisplayName(
      "a verifier is 32 random octets in base64url: the RFC's octets give the RFC's verifier")
  void rfc7636Verifier() {
    assertThat(Pkce.newVerifier(new ReplayRandom()))
        .as(
            "RFC 7636 appendix B: the octets 116, 24, 223, ... encode, base64url without padding,"
                + " to dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk. Draw exactly 32 bytes with"
                + " random.nextBytes")
        .isEqualTo(RFC_VERIFIER);
  }

  @Test
  @DisplayName("verifiers from a real SecureRandom are 43 unreserved characters and all different")
  void verifiersAreRandom() {
    SecureRandom random = new SecureRandom();
    Set<String> verifiers = new HashSet<>();
    for (int i = 0; i < 100; i++) {
      verifiers.add(Pkce.newVerifier(random));
    }
    assertThat(verifiers)
        .as(
            "RFC 7636 section 4.1: 43 to 128 characters from [A-Z a-z 0-9 - . _ ~]; 32 random"
                + " bytes in base64url give 43. A hundred must not repeat")
        .hasSize(100)
        .allSatisfy(v -> assertThat(v).matches("[A-Za-z0-9_-]{43}"));
  }
}
