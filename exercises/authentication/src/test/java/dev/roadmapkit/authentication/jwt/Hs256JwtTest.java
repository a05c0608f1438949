package dev.roadmapkit.authentication.jwt;

import static dev.roadmapkit.authentication.jwt.JwtTokens.KEY;
import static dev.roadmapkit.authentication.jwt.JwtTokens.decodePart;
import static dev.roadmapkit.authentication.jwt.JwtTokens.signed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roadmapkit.support.clock.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Label("authentication/jwt: Hs256Jwt signing and claims")
class Hs256JwtTest {

  static final String ISSUER = "https://auth.roadmapkit.test";
  static final String AUDIENCE = "roadmap-api";
  static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");
  static final long NOW_S = NOW.getEpochSecond();
  static final JwtPolicy POLICY =
      new JwtPolicy(ISSUER, Optional.of(AUDIENCE), Duration.ofSeconds(30));
  static final String HEADER = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";

  private final TestClock clock = TestClock.at(NOW);
  private final Hs256Jwt jwt = new Hs256Jwt(KEY, clock);

  static String claims(String extra) {
    return "{\"iss\":\"" + ISSUER + "\",\"aud\":\"" + AUDIENCE + "\"" + extra + "}";
  }

  private JwtVerification verifyAt(Instant at, String token) {
    clock.set(at);
    return jwt.verify(token, POLICY);
  }

  @Test
  @DisplayName("sign() writes three base64url parts: the HS256 header, the claims, the MAC")
  void signsThreeParts() throws Exception {
    String token =
        jwt.sign(Map.of("sub", "alice", "iss", ISSUER, "aud", AUDIENCE, "exp", NOW_S + 60));

    String[] parts = token.split("\\.", -1);
    assertThat(parts).as("a compact JWS is header.payload.signature").hasSize(3);
    ObjectMapper json = new ObjectMapper();
    assertThat(json.readTree(decodePart(parts[0])))
        .as("the header must be {\"alg\":\"HS256\",\"typ\":\"JWT\"}, base64url without padding")
        .isEqualTo(json.readTree(HEADER));
    assertThat(json.readTree(decodePart(parts[1])).get("sub").asText())
        .as("the payload is the claims as a JSON object")
        .isEqualTo("alice");
    assertThat(parts[2])
        .as(
            "the signature is HMAC-SHA-256 over the ASCII of \"<header>.<payload>\" exactly as"
                + " they appear in the token, base64url without padding")
        .isEqualTo(JwtTokens.hmac(KEY, parts[0] + "." + parts[1]))
        .doesNotContain("=");
  }

  @Test
  @DisplayName("a token it signed verifies, and the claims come back")
  void roundTrip() {
    String token =
        jwt.sign(
            Map.of(
                "sub", "alice", "iss", ISSUER, "aud", AUDIENCE, "exp", NOW_S + 60, "admin", false));

    JwtVerification result = jwt.verify(token, POLICY);

    assertThat(result)
        .as("a fresh token signed with the same key")
        .isInstanceOf(JwtVerification.Valid.class);
    assertThat(((JwtVerification.Valid) result).claims())
        .as("the verified claims are the signed ones")
        .containsEntry("sub", "alice")
        .containsEntry("admin", false)
        .containsEntry("iss", ISSUER);
  }

  @Test
  @DisplayName("exp is honoured with the clock skew: valid until exp + skew, expired from then")
  void expiry() {
    String token = signed(KEY, HEADER, claims(",\"exp\":" + NOW_S));

    assertThat(verifyAt(NOW.minusSeconds(1), token))
        .as("one second before exp the token is valid")
        .isInstanceOf(JwtVerification.Valid.class);
    assertThat(verifyAt(NOW.plusSeconds(29), token))
        .as(
            "29 s after exp, within the 30 s clock skew, the token is still accepted: the issuer's"
                + " clock may be a little ahead of ours")
        .isInstanceOf(JwtVerification.Valid.class);
    assertThat(verifyAt(NOW.plusSeconds(30), token))
        .as("at exp + skew exactly the token is EXPIRED (valid means now < exp + skew)")
        .isEqualTo(new JwtVerification.Rejected(JwtRejection.EXPIRED));
  }

  @Test
  @DisplayName("a token without exp is refused as EXPIRED: it would never expire")
  void expIsRequired() {
    assertThat(jwt.verify(signed(KEY, HEADER, claims("")), POLICY))
        .as(
            "a token without exp would be valid forever if it leaked; this verifier requires exp"
                + " and refuses a token without it as EXPIRED")
        .isEqualTo(new JwtVerification.Rejected(JwtRejection.EXPIRED));
    assertThat(jwt.verify(signed(KEY, HEADER, claims(",\"exp\":\"tomorrow\"")), POLICY))
        .as("exp must be a number of seconds; a string is no expiry at all")
        .isEqualTo(new JwtVerification.Rejected(JwtRejection.EXPIRED));
  }

  @Test
  @DisplayName("nbf is honoured with the clock skew: not yet valid until nbf - skew")
  void notBefore() {
    String token = signed(KEY, HEADER, claims(",\"exp\":" + (NOW_S + 3600) + ",\"nbf\":" + NOW_S));

    assertThat(verifyAt(NOW.minusSeconds(31), token))
        .as("31 s before nbf, beyond the 30 s skew, the token is NOT_YET_VALID")
        .isEqualTo(new JwtVerification.Rejected(JwtRejection.NOT_YET_VALID));
    assertThat(verifyAt(NOW.minusSeconds(30), token))
        .as("30 s before nbf, within the skew, it is accepted")
        .isInstanceOf(JwtVerification.Valid.class);
  }

  @Test
  @DisplayName("a missing or wrong issuer is refused as WRONG_ISSUER")
  void issuer() {
    long exp = NOW_S + 60;
    assertThat(
            jwt.verify(
                signed(
                    KEY,
                    HEADER,
                    "{\"iss\":\"https://evil.test\",\"aud\":\""
                        + AUDIENCE
                        + "\",\"exp\":"
                        + exp
                        + "}"),
                POLICY))
        .as("a token from another issuer is not for us, even with a valid signature")
        .isEqualTo(new JwtVerification.Rejected(JwtRejection.WRONG_ISSUER));
    assertThat(
            jwt.verify(
                signed(KEY, HEADER, "{\"aud\":\"" + AUDIENCE + "\",\"exp\":" + exp + "}"), POLICY))
        .as("a token without iss cannot be from the expected issuer")
        .isEqualTo(new JwtVerification.Rejected(JwtRejection.WRONG_ISSUER));
  }

  @Test
  @DisplayName("aud may be a string or an array, and must name the expected audience")
  void audience() {
    long exp = NOW_S + 60;
    String iss = "{\"iss\":\"" + ISSUER + "\",\"exp\":" + exp;
    assertThat(
            jwt.verify(
                signed(KEY, HEADER, iss + ",\"aud\":[\"other\",\"" + AUDIENCE + "\"]}"), POLICY))
        .as("RFC 7519 section 4.1.3: aud may be an array; it is enough that it contains ours")
        .isInstanceOf(JwtVerification.Valid.class);
    assertThat(jwt.verify(signed(KEY, HEADER, iss + ",\"aud\":\"billing-api\"}"), POLICY))
        .as("a token meant for billing-api must not open roadmap-api")
        .isEqualTo(new JwtVerification.Rejected(JwtRejection.WRONG_AUDIENCE));
    assertThat(jwt.verify(signed(KEY, HEADER, iss + ",\"aud\":[\"billing-api\"]}"), POLICY))
        .as("an array without our audience is WRONG_AUDIENCE")
        .isEqualTo(new JwtVerification.Rejected(JwtRejection.WRONG_AUDIENCE));
    assertThat(jwt.verify(signed(KEY, HEADER, iss + "}"), POLICY))
        .as("when the policy asks for an audience, a token without aud is WRONG_AUDIENCE")
        .isEqualTo(new JwtVerification.Rejected(JwtRejection.WRONG_AUDIENCE));
    assertThat(
            jwt.verify(
                signed(KEY, HEADER, iss + "}"),
                new JwtPolicy(ISSUER, Optional.empty(), Duration.ZERO)))
        .as("when the policy asks for no audience, aud is not checked")
        .isInstanceOf(JwtVerification.Valid.class);
  }

  @Test
  @DisplayName("null claim values survive verification")
  void nullClaims() {
    JwtVerification result =
        jwt.verify(
            signed(KEY, HEADER, claims(",\"exp\":" + (NOW_S + 60) + ",\"email\":null")), POLICY);
    assertThat(result)
        .as("JSON null is a legal claim value")
        .isInstanceOf(JwtVerification.Valid.class);
    assertThat(((JwtVerification.Valid) result).claims())
        .as("the claims include email = null and the audience")
        .containsEntry("email", null)
        .containsEntry("aud", AUDIENCE)
        .containsEntry("exp", (int) (NOW_S + 60));
  }

  @Test
  @DisplayName("a key shorter than 256 bits is refused")
  void shortKey() {
    assertThatIllegalArgumentException()
        .as(
            "RFC 7518 section 3.2: an HS256 key must have at least 256 bits; a 31-byte key must"
                + " be refused with a message that says so")
        .isThrownBy(() -> new Hs256Jwt(new byte[31], clock))
        .withMessageContaining("32");
    assertThat(new Hs256Jwt(new byte[32], clock)).as("exactly 32 bytes is enough").isNotNull();
  }

  @Test
  @DisplayName("the key is copied, so changing the caller's array later changes nothing")
  void keyIsCopied() {
    byte[] key = KEY.clone();
    Hs256Jwt own = new Hs256Jwt(key, clock);
    String token = own.sign(Map.of("iss", ISSUER, "aud", AUDIENCE, "exp", NOW_S + 60));
    key[0] ^= 1;
    assertThat(own.verify(token, POLICY))
        .as("keep a copy of the key (key.clone()): the caller may reuse or wipe its array")
        .isInstanceOf(JwtVerification.Valid.class);
  }

  @Property(tries = 100)
  @Label("any subject survives sign() and verify()")
  void anySubject(
      @ForAll @StringLength(max = 40) @CharRange(from = ' ', to = '\uD7FF') String subject) {
    Hs256Jwt fresh = new Hs256Jwt(KEY, TestClock.at(NOW));
    String token =
        fresh.sign(
            Map.of("sub", subject, "iss", ISSUER, "aud", List.of(AUDIENCE), "exp", NOW_S + 1));
    assertThat(fresh.verify(token, POLICY))
        .as("sign then verify with subject \"%s\"", subject)
        .isInstanceOf(JwtVerification.Valid.class)
        .extracting(v -> ((JwtVerification.Valid) v).claims().get("sub"))
        .isEqualTo(subject);
  }

  @Test
  @DisplayName("an exp after 2038, too big for an int, is still a valid expiry")
  void expAfter2038() {
    long exp = 4_102_444_800L; // 2100-01-01T00:00:00Z
    JwtVerification result = jwt.verify(signed(KEY, HEADER, claims(",\"exp\":" + exp)), POLICY);
    assertThat(result)
        .as(
            "exp=%d (the year 2100) does not fit in an int, so JSON gives a Long: read exp as any"
                + " Number (longValue()), or every token that expires after January 2038 is"
                + " refused",
            exp)
        .isInstanceOf(JwtVerification.Valid.class);
  }

  @Test
  @DisplayName("an iss that merely starts or ends like the expected issuer is WRONG_ISSUER")
  void issuerMustMatchExactly() {
    long exp = NOW_S + 60;
    for (String iss : new String[] {ISSUER + ".evil.test", ISSUER + "/", "x" + ISSUER}) {
      assertThat(
              jwt.verify(
                  signed(
                      KEY,
                      HEADER,
                      "{\"iss\":\"" + iss + "\",\"aud\":\"" + AUDIENCE + "\",\"exp\":" + exp + "}"),
                  POLICY))
          .as("iss \"%s\" is not exactly \"%s\": the issuer is compared whole", iss, ISSUER)
          .isEqualTo(new JwtVerification.Rejected(JwtRejection.WRONG_ISSUER));
    }
  }
}
