package dev.roadmapkit.authentication.jwt;

import static dev.roadmapkit.authentication.jwt.Hs256JwtTest.AUDIENCE;
import static dev.roadmapkit.authentication.jwt.Hs256JwtTest.ISSUER;
import static dev.roadmapkit.authentication.jwt.Hs256JwtTest.NOW;
import static dev.roadmapkit.authentication.jwt.Hs256JwtTest.NOW_S;
import static dev.roadmapkit.authentication.jwt.Hs256JwtTest.POLICY;
import static dev.roadmapkit.authentication.jwt.JwtTokens.KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.roadmapkit.support.clock.TestClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Label;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Label("authentication/jwt: Hs256Jwt against RFC 7515 and nimbus-jose-jwt")
class JwtInteropTest {

  // RFC 7515 appendix A.1: the key (a JWK "k" value), the token, and the time it was valid.
  private static final byte[] RFC_KEY =
      Base64.getUrlDecoder()
          .decode(
              "AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow");
  private static final String RFC_SIGNING_INPUT =
      "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9"
          + ".eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ";
  private static final String RFC_SIGNATURE = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

  @Test
  @DisplayName("signature() reproduces the HMAC of RFC 7515 appendix A.1")
  void rfc7515Signature() {
    assertThat(Hs256Jwt.signature(RFC_KEY, RFC_SIGNING_INPUT.getBytes(StandardCharsets.US_ASCII)))
        .as(
            "RFC 7515 A.1: HMAC-SHA-256 of the signing input under the RFC's key, base64url"
                + " without padding, is dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk. Use"
                + " Mac.getInstance(\"HmacSHA256\") with new SecretKeySpec(key, \"HmacSHA256\")")
        .isEqualTo(RFC_SIGNATURE);
  }

  @Test
  @DisplayName("verify() accepts the RFC 7515 appendix A.1 token, CRLFs and all")
  void rfc7515Token() {
    Hs256Jwt rfc = new Hs256Jwt(RFC_KEY, TestClock.at("2011-03-22T18:00:00Z"));
    JwtVerification result =
        rfc.verify(
            RFC_SIGNING_INPUT + "." + RFC_SIGNATURE,
            new JwtPolicy("joe", Optional.empty(), Duration.ZERO));

    assertThat(result)
        .as(
            "the RFC's header and payload contain CRLF and spaces: the MAC is over the parts as"
                + " they appear in the token, never over JSON you re-serialised. Before its exp"
                + " (2011-03-22T18:43:00Z) and with iss joe, the token is valid")
        .isInstanceOf(JwtVerification.Valid.class);
    assertThat(((JwtVerification.Valid) result).claims())
        .as("its claims")
        .containsEntry("iss", "joe")
        .containsEntry("http://example.com/is_root", true);
  }

  @Test
  @DisplayName("a token signed here verifies with nimbus-jose-jwt")
  void oursVerifyInNimbus() throws Exception {
    String token =
        new Hs256Jwt(KEY, TestClock.at(NOW))
            .sign(Map.of("sub", "alice", "iss", ISSUER, "aud", AUDIENCE, "exp", NOW_S + 60));

    SignedJWT parsed = SignedJWT.parse(token);
    assertThat(parsed.getHeader().getAlgorithm())
        .as("nimbus reads the header's alg")
        .isEqualTo(JWSAlgorithm.HS256);
    assertThat(parsed.verify(new MACVerifier(KEY)))
        .as("an independent JOSE library must accept our HMAC: same key, same signing input")
        .isTrue();
    assertThat(parsed.getJWTClaimsSet().getSubject()).as("and read our claims").isEqualTo("alice");
    assertThat(parsed.getJWTClaimsSet().getExpirationTime())
        .as("exp is seconds since the epoch, which nimbus reads as a date")
        .isEqualTo(Date.from(NOW.plusSeconds(60)));
  }

  @Test
  @DisplayName("a token signed by nimbus-jose-jwt verifies here, with exp, nbf, iss and aud")
  void nimbusVerifiesHere() throws Exception {
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .subject("bob")
            .issuer(ISSUER)
            .audience(AUDIENCE)
            .notBeforeTime(Date.from(NOW.minusSeconds(10)))
            .expirationTime(Date.from(NOW.plusSeconds(60)))
            .build();
    SignedJWT token = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
    token.sign(new MACSigner(KEY));

    JwtVerification result = new Hs256Jwt(KEY, TestClock.at(NOW)).verify(token.serialize(), POLICY);

    assertThat(result)
        .as("a token from another implementation, signed with our key, must verify here")
        .isInstanceOf(JwtVerification.Valid.class);
    assertThat(((JwtVerification.Valid) result).claims()).containsEntry("sub", "bob");
    assertThat(
            new Hs256Jwt(KEY, TestClock.at(Instant.ofEpochSecond(NOW_S + 90)))
                .verify(token.serialize(), POLICY))
        .as("and its exp must be honoured: 90 s later (beyond exp + 30 s skew) it is EXPIRED")
        .isEqualTo(new JwtVerification.Rejected(JwtRejection.EXPIRED));
  }

  @Test
  @DisplayName("a token nimbus-jose-jwt signed with another key is refused here")
  void nimbusOtherKey() throws Exception {
    SignedJWT token =
        new SignedJWT(
            new JWSHeader(JWSAlgorithm.HS256),
            new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .expirationTime(Date.from(NOW.plusSeconds(60)))
                .build());
    token.sign(
        new MACSigner(
            "a different key, also thirty-two bytes or longer".getBytes(StandardCharsets.UTF_8)));

    assertThat(new Hs256Jwt(KEY, TestClock.at(NOW)).verify(token.serialize(), POLICY))
        .as("same claims, other key: BAD_SIGNATURE")
        .isEqualTo(new JwtVerification.Rejected(JwtRejection.BAD_SIGNATURE));
  }
}
