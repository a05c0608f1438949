package dev.roadmapkit.authentication.jwt;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static dev.roadmapkit.authentication.jwt.Hs256JwtTest.HEADER;
import static dev.roadmapkit.authentication.jwt.Hs256JwtTest.NOW;
import static dev.roadmapkit.authentication.jwt.Hs256JwtTest.NOW_S;
import static dev.roadmapkit.authentication.jwt.Hs256JwtTest.POLICY;
import static dev.roadmapkit.authentication.jwt.Hs256JwtTest.claims;
import static dev.roadmapkit.authentication.jwt.JwtTokens.KEY;
import static dev.roadmapkit.authentication.jwt.JwtTokens.hmac;
import static dev.roadmapkit.authentication.jwt.JwtTokens.part;
import static dev.roadmapkit.authentication.jwt.JwtTokens.signed;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.roadmapkit.support.clock.TestClock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Label("authentication/jwt: Hs256Jwt against attacks and garbage")
class JwtAttackTest {

  private final Hs256Jwt jwt = new Hs256Jwt(KEY, TestClock.at(NOW));
  private final String valid =
      signed(KEY, HEADER, claims(",\"sub\":\"alice\",\"exp\":" + (NOW_S + 60)));

  private static JwtVerification.Rejected rejected(JwtRejection reason) {
    return new JwtVerification.Rejected(reason);
  }

  @Test
  @DisplayName("the untampered token is valid (so the refusals below are about the tampering)")
  void baseline() {
    assertThat(jwt.verify(valid, POLICY))
        .as("the token every attack below starts from must itself be valid")
        .isInstanceOf(JwtVerification.Valid.class);
  }

  @Test
  @DisplayName("a changed payload with the old signature is refused as BAD_SIGNATURE")
  void tamperedPayload() {
    String[] parts = valid.split("\\.");
    String admin = part(claims(",\"sub\":\"admin\",\"exp\":" + (NOW_S + 60)));
    assertThat(jwt.verify(parts[0] + "." + admin + "." + parts[2], POLICY))
        .as(
            "the payload now says sub=admin but the signature was made over sub=alice: recompute"
                + " the HMAC over the token's own first two parts and compare")
        .isEqualTo(rejected(JwtRejection.BAD_SIGNATURE));
  }

  @Test
  @DisplayName("a changed signature is refused as BAD_SIGNATURE")
  void tamperedSignature() {
    String[] parts = valid.split("\\.");
    char first = parts[2].charAt(0);
    String changed = (first == 'A' ? 'B' : 'A') + parts[2].substring(1);
    assertThat(jwt.verify(parts[0] + "." + parts[1] + "." + changed, POLICY))
        .as("one changed signature character must be enough to refuse the token")
        .isEqualTo(rejected(JwtRejection.BAD_SIGNATURE));
    assertThat(jwt.verify(parts[0] + "." + parts[1] + "." + parts[2].substring(0, 20), POLICY))
        .as("a truncated signature must be refused too, not compared as a prefix")
        .isEqualTo(rejected(JwtRejection.BAD_SIGNATURE));
    assertThat(jwt.verify(parts[0] + "." + parts[1] + ".", POLICY))
        .as("an empty signature is no signature")
        .isEqualTo(rejected(JwtRejection.BAD_SIGNATURE));
  }

  @Test
  @DisplayName("a token signed with another key is refused as BAD_SIGNATURE")
  void otherKey() {
    byte[] otherKey =
        "another key of thirty-two bytes, or more than that".getBytes(StandardCharsets.UTF_8);
    assertThat(jwt.verify(signed(otherKey, HEADER, claims(",\"exp\":" + (NOW_S + 60))), POLICY))
        .as("only our key makes a signature we accept")
        .isEqualTo(rejected(JwtRejection.BAD_SIGNATURE));
  }

  @ParameterizedTest(name = "alg \"{0}\" is refused")
  @ValueSource(strings = {"none", "None", "NONE"})
  @DisplayName("an unsigned token (alg: none) is refused as ALGORITHM_NONE")
  void algNone(String alg) {
    String unsigned =
        part("{\"alg\":\"" + alg + "\",\"typ\":\"JWT\"}")
            + "."
            + part(claims(",\"sub\":\"admin\",\"exp\":" + (NOW_S + 60)))
            + ".";
    assertThat(jwt.verify(unsigned, POLICY))
        .as(
            "alg: none means 'no signature': a verifier that lets the token pick its algorithm"
                + " accepts anything. Refuse it, in any letter case, before looking at the payload")
        .isEqualTo(rejected(JwtRejection.ALGORITHM_NONE));
  }

  @Test
  @DisplayName("an RS256 header with an HMAC made from our key is refused (algorithm confusion)")
  void algorithmConfusion() {
    String confused =
        signed(KEY, "{\"alg\":\"RS256\",\"typ\":\"JWT\"}", claims(",\"exp\":" + (NOW_S + 60)));
    assertThat(jwt.verify(confused, POLICY))
        .as(
            "the header claims RS256 but the MAC was computed with HMAC: a verifier that trusts"
                + " the header's alg can be tricked into using a public key as an HMAC secret."
                + " This verifier only knows HS256, so any other alg is ALGORITHM_NOT_ALLOWED")
        .isEqualTo(rejected(JwtRejection.ALGORITHM_NOT_ALLOWED));
    assertThat(
            jwt.verify(
                signed(KEY, "{\"typ\":\"JWT\"}", claims(",\"exp\":" + (NOW_S + 60))), POLICY))
        .as("a header without alg names no algorithm we allow")
        .isEqualTo(rejected(JwtRejection.ALGORITHM_NOT_ALLOWED));
  }

  @Test
  @DisplayName("malformed and truncated tokens are refused as MALFORMED, not with an exception")
  void malformed() {
    String[] parts = valid.split("\\.");
    String signedGarbage = parts[0] + "." + part("not json");
    assertThat(jwt.verify(null, POLICY)).as("null").isEqualTo(rejected(JwtRejection.MALFORMED));
    assertThat(jwt.verify("", POLICY)).as("empty").isEqualTo(rejected(JwtRejection.MALFORMED));
    assertThat(jwt.verify(parts[0] + "." + parts[1], POLICY))
        .as("two parts only (the signature cut off)")
        .isEqualTo(rejected(JwtRejection.MALFORMED));
    assertThat(jwt.verify(valid.substring(0, parts[0].length() + 10), POLICY))
        .as("a token truncated in the middle of the payload")
        .isEqualTo(rejected(JwtRejection.MALFORMED));
    assertThat(jwt.verify(valid + ".extra", POLICY))
        .as("four parts (a JWE has five, a JWS three)")
        .isEqualTo(rejected(JwtRejection.MALFORMED));
    assertThat(jwt.verify("!!!." + parts[1] + "." + parts[2], POLICY))
        .as("a header that is not base64url")
        .isEqualTo(rejected(JwtRejection.MALFORMED));
    assertThat(jwt.verify(part("[\"alg\",\"HS256\"]") + "." + parts[1] + "." + parts[2], POLICY))
        .as("a header that is JSON but not an object")
        .isEqualTo(rejected(JwtRejection.MALFORMED));
    assertThat(jwt.verify(signedGarbage + "." + hmac(KEY, signedGarbage), POLICY))
        .as("a correctly signed payload that is not JSON")
        .isEqualTo(rejected(JwtRejection.MALFORMED));
  }

  @Provide
  Arbitrary<String> garbage() {
    Arbitrary<String> anything = Arbitraries.strings().all().ofMaxLength(60);
    Arbitrary<String> jwtAlphabet =
        Arbitraries.strings().withChars("eyJhbGciOi0123456789-_.=+/").ofMaxLength(80);
    return Arbitraries.oneOf(anything, jwtAlphabet, jwtAlphabet.map(s -> valid + "." + s));
  }

  @Property(tries = 400)
  @Label("verify() refuses garbage with a reason and never throws")
  void neverThrows(@ForAll("garbage") String token) {
    assertThat(jwt.verify(token, POLICY))
        .as("verify(\"%s\")", token)
        .isInstanceOf(JwtVerification.Rejected.class);
  }

  @Test
  @DisplayName("signatures are compared in constant time with MessageDigest.isEqual, never equals")
  void constantTime() {
    JavaClasses code =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.roadmapkit.authentication.jwt");
    classes()
        .that()
        .haveSimpleName("Hs256Jwt")
        .should()
        .callMethod(MessageDigest.class, "isEqual", byte[].class, byte[].class)
        .because(
            "comparing the MAC you computed with the one in the token by equals stops at the"
                + " first difference, which lets an attacker forge a MAC byte by byte from timing;"
                + " decode the token's signature and use MessageDigest.isEqual(expected, given)")
        .check(code);
    noClasses()
        .should()
        .callMethod(String.class, "equals", Object.class)
        .orShould()
        .callMethod(String.class, "equalsIgnoreCase", String.class)
        .orShould()
        .callMethod(String.class, "contentEquals", CharSequence.class)
        .orShould()
        .callMethod(Objects.class, "equals", Object.class, Object.class)
        .orShould()
        .callMethod(Arrays.class, "equals", byte[].class, byte[].class)
        .because(
            "one rule is easier to keep than a judgement per call of which values are secret:"
                + " compare values from the token with MessageDigest.isEqual on their UTF-8 bytes")
        .check(code);
  }

  private static String hmacWith(String algorithm, String signingInput) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(KEY, algorithm));
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
    } catch (java.security.GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  @ParameterizedTest(name = "alg {0}, correctly signed with {1}, is refused")
  @org.junit.jupiter.params.provider.CsvSource({"HS384, HmacSHA384", "HS512, HmacSHA512"})
  @DisplayName("another HMAC algorithm is refused even when the token is correctly signed with it")
  void otherHmacAlgorithmsAreRefused(String alg, String macName) {
    String input =
        part("{\"alg\":\"" + alg + "\",\"typ\":\"JWT\"}")
            + "."
            + part(claims(",\"sub\":\"alice\",\"exp\":" + (NOW_S + 60)));
    assertThat(jwt.verify(input + "." + hmacWith(macName, input), POLICY))
        .as(
            "this token says alg=%s and really is signed with %s under our key, but the verifier"
                + " expects HS256 and nothing else: the token must never choose the algorithm, so"
                + " it is ALGORITHM_NOT_ALLOWED",
            alg, macName)
        .isEqualTo(rejected(JwtRejection.ALGORITHM_NOT_ALLOWED));
  }

  @Test
  @DisplayName("a forged token is BAD_SIGNATURE even when its claims are also wrong")
  void signatureIsCheckedBeforeClaims() {
    String forgedKey = "another key of thirty-two bytes or more, the attacker's own";
    String forged =
        signed(
            forgedKey.getBytes(StandardCharsets.UTF_8),
            HEADER,
            "{\"iss\":\"https://evil.test\",\"exp\":" + (NOW_S - 3600) + "}");
    assertThat(jwt.verify(forged, POLICY))
        .as(
            "the signature is checked before any claim: nothing in an unverified payload may be"
                + " believed, not even enough to say it has expired. A token signed with another"
                + " key is BAD_SIGNATURE, whatever its exp and iss say")
        .isEqualTo(rejected(JwtRejection.BAD_SIGNATURE));
  }
}
