package dev.roadmapkit.authentication.opaquetokens;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.roadmapkit.authentication.opaquetokens.TokenCheck.Reason;
import dev.roadmapkit.support.clock.TestClock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

@Label("authentication/opaque-tokens: TokenService")
class TokenServiceTest {

  private static final Duration LIFETIME = Duration.ofHours(1);
  private static final Instant START = Instant.parse("2026-01-01T12:00:00Z");

  /** Hands out the bytes 0, 1, 2, ... and remembers how many bytes each call asked for. */
  static final class CountingRandom extends SecureRandom {
    private static final long serialVersionUID = 1L;
    final List<Integer> requests = new ArrayList<>();
    private byte next;

    @Override
    public void nextBytes(byte[] bytes) {
      requests.add(bytes.length);
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = next++;
      }
    }
  }

  private final TestClock clock = TestClock.at(START);
  private final TokenStore store = new TokenStore();
  private final TokenService service = new TokenService(store, clock, LIFETIME, new SecureRandom());

  private static String sha256Hex(String token) throws NoSuchAlgorithmException {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  @DisplayName("a token is 32 random bytes, 256 bits, as 43 base64url characters")
  void tokenIs256RandomBits() {
    CountingRandom random = new CountingRandom();
    TokenService counted = new TokenService(store, clock, LIFETIME, random);

    IssuedToken issued = counted.issue("alice");

    byte[] zeroToThirtyOne = new byte[32];
    for (int i = 0; i < 32; i++) {
      zeroToThirtyOne[i] = (byte) i;
    }
    assertThat(random.requests)
        .as(
            "issue() must draw exactly one array of 32 bytes (256 bits) from the SecureRandom it"
                + " was given: random.nextBytes(new byte[32])")
        .containsExactly(32);
    assertThat(issued.token())
        .as(
            "the token must be those 32 bytes, base64url-encoded without padding (43 characters"
                + " that are safe in a header and a URL): Base64.getUrlEncoder().withoutPadding()")
        .isEqualTo(Base64.getUrlEncoder().withoutPadding().encodeToString(zeroToThirtyOne));
    assertThat(issued.expiresAt())
        .as("the token expires one lifetime (1 h) after the clock's now")
        .isEqualTo(START.plus(LIFETIME));
  }

  @Test
  @DisplayName("a hundred tokens from a real SecureRandom are all different")
  void tokensAreUnique() {
    Set<String> tokens = new HashSet<>();
    for (int i = 0; i < 100; i++) {
      tokens.add(service.issue("alice").token());
    }
    assertThat(tokens)
        .as("100 tokens of 256 random bits each cannot collide; a repeat means they are not random")
        .hasSize(100)
        .allSatisfy(t -> assertThat(t).as("every token").matches("[A-Za-z0-9_-]{43}"));
  }

  @Test
  @DisplayName("the store holds the SHA-256 of the token, never the token itself")
  void storesOnlyTheHash() throws NoSuchAlgorithmException {
    IssuedToken issued = service.issue("alice");

    Map<String, StoredToken> contents = store.contents();
    assertThat(contents)
        .as(
            "the store must hold one entry, keyed by the lower-case hex SHA-256 of the token's"
                + " text, so that someone who reads the table cannot use what they read")
        .containsOnlyKeys(sha256Hex(issued.token()));
    assertThat(contents.get(sha256Hex(issued.token())))
        .as("the stored record: owner, expiry one lifetime from now, not revoked")
        .isEqualTo(new StoredToken("alice", START.plus(LIFETIME), false));
  }

  @Test
  @DisplayName("a stolen hash does not work as a token")
  void hashIsNotAToken() {
    service.issue("alice");
    String stolen = store.contents().keySet().iterator().next();

    assertThat(service.authenticate("Bearer " + stolen))
        .as(
            "whoever steals the store gets hashes; presenting one must not authenticate: it is"
                + " not 43 base64url characters, so it is MALFORMED")
        .isEqualTo(new TokenCheck.Invalid(Reason.MALFORMED));
  }

  @Test
  @DisplayName("an issued token authenticates its owner, whatever the case of 'Bearer'")
  void authenticatesOwner() {
    IssuedToken issued = service.issue("alice");

    assertThat(service.authenticate("Bearer " + issued.token()))
        .as("\"Bearer <token>\" with a fresh token must authenticate alice")
        .isEqualTo(new TokenCheck.Valid("alice"));
    assertThat(service.authenticate("bearer " + issued.token()))
        .as("the scheme name is case-insensitive (RFC 9110 section 11.1)")
        .isEqualTo(new TokenCheck.Valid("alice"));
  }

  @Test
  @DisplayName("a token works until just before its expiry and not at it")
  void expiresOnTheClock() {
    IssuedToken issued = service.issue("alice");

    clock.advance(LIFETIME.minusNanos(1));
    assertThat(service.authenticate("Bearer " + issued.token()))
        .as("1 ns before expiresAt the token still works")
        .isEqualTo(new TokenCheck.Valid("alice"));

    clock.advance(Duration.ofNanos(1));
    assertThat(service.authenticate("Bearer " + issued.token()))
        .as(
            "at expiresAt exactly the token is EXPIRED (valid means now < expiresAt); read the"
                + " time from the injected clock")
        .isEqualTo(new TokenCheck.Invalid(Reason.EXPIRED));
  }

  @Test
  @DisplayName("a revoked token stops working at once; only that token")
  void revoke() {
    IssuedToken first = service.issue("alice");
    IssuedToken second = service.issue("alice");

    assertThat(service.revoke(first.token()))
        .as("revoking a known, live token returns true")
        .isTrue();
    assertThat(service.authenticate("Bearer " + first.token()))
        .as("the revoked token must be refused as REVOKED")
        .isEqualTo(new TokenCheck.Invalid(Reason.REVOKED));
    assertThat(service.authenticate("Bearer " + second.token()))
        .as("revoking one token must leave the owner's other tokens working")
        .isEqualTo(new TokenCheck.Valid("alice"));
    assertThat(service.revoke(first.token()))
        .as("revoking it a second time changes nothing and returns false")
        .isFalse();
    assertThat(store.contents().values())
        .as("the store still holds only hashes after a revoke, with the record marked revoked")
        .containsExactlyInAnyOrder(
            new StoredToken("alice", START.plus(LIFETIME), true),
            new StoredToken("alice", START.plus(LIFETIME), false));
  }

  @ParameterizedTest(name = "revoke(\"{0}\") is false")
  @ValueSource(
      strings = {"", "short", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "%%%%%%%%%%%%%%"})
  @DisplayName("revoking a token that was never issued returns false and does not throw")
  void revokeUnknown(String token) {
    service.issue("alice");
    assertThat(service.revoke(token)).as("revoke(\"%s\") of a token never issued", token).isFalse();
    assertThat(store.contents()).as("a failed revoke must not add to the store").hasSize(1);
  }

  @Test
  @DisplayName("missing, malformed and unknown tokens each get their own reason")
  void refusals() {
    service.issue("alice");
    assertThat(service.authenticate(null))
        .as("no Authorization header: MISSING")
        .isEqualTo(new TokenCheck.Invalid(Reason.MISSING));
    assertThat(service.authenticate("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=="))
        .as("another scheme: MALFORMED")
        .isEqualTo(new TokenCheck.Invalid(Reason.MALFORMED));
    assertThat(service.authenticate("Bearer "))
        .as("no token after the scheme: MALFORMED")
        .isEqualTo(new TokenCheck.Invalid(Reason.MALFORMED));
    assertThat(service.authenticate("Bearer abc"))
        .as("a truncated token (not 43 base64url characters): MALFORMED")
        .isEqualTo(new TokenCheck.Invalid(Reason.MALFORMED));
    assertThat(service.authenticate("Bearer " + "+".repeat(43)))
        .as("43 characters outside the base64url alphabet: MALFORMED")
        .isEqualTo(new TokenCheck.Invalid(Reason.MALFORMED));
    assertThat(service.authenticate("Bearer " + "A".repeat(43)))
        .as("a well-formed token this service never issued: UNKNOWN")
        .isEqualTo(new TokenCheck.Invalid(Reason.UNKNOWN));
  }

  @ParameterizedTest(name = "a lifetime of {0} is rejected")
  @ValueSource(strings = {"PT0S", "PT-1S"})
  @DisplayName("a lifetime that is zero or negative is rejected with a message naming it")
  void rejectsNonPositiveLifetime(String lifetime) {
    assertThatIllegalArgumentException()
        .as("a token that is born expired is a bug in the caller: reject %s", lifetime)
        .isThrownBy(
            () -> new TokenService(store, clock, Duration.parse(lifetime), new SecureRandom()))
        .withMessageContaining(lifetime);
  }

  @Provide
  Arbitrary<String> headers() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(60),
        Arbitraries.strings().withChars("Aa0_-+/=. ").ofMaxLength(50).map(s -> "Bearer " + s));
  }

  @Property(tries = 300)
  @Label("authenticate() refuses any header it did not issue, without throwing")
  void neverThrows(@ForAll("headers") String header) {
    TokenService fresh =
        new TokenService(new TokenStore(), TestClock.at(START), LIFETIME, new SecureRandom());
    assertThat(fresh.authenticate(header))
        .as("authenticate(\"%s\") on a service that issued nothing", header)
        .isInstanceOf(TokenCheck.Invalid.class);
  }

  @Test
  @DisplayName("tokens are hashed before they are stored, and no secret is compared with equals")
  void hashesAndNeverComparesWithEquals() {
    JavaClasses code =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.roadmapkit.authentication.opaquetokens");
    classes()
        .that()
        .haveSimpleName("TokenService")
        .should()
        .callMethod(MessageDigest.class, "digest", byte[].class)
        .because(
            "the service must hash each token with MessageDigest.getInstance(\"SHA-256\")"
                + ".digest(...) and look the hash up: then no token is stored and no token is"
                + " compared character by character")
        .check(code);
    noClasses()
        .should()
        .callMethod(String.class, "equals", Object.class)
        .orShould()
        .callMethod(Arrays.class, "equals", byte[].class, byte[].class)
        .because("equals stops at the first difference and leaks timing; look tokens up by hash")
        .check(code);
  }

  @Test
  @DisplayName("a revoked token is reported as REVOKED, even after it has also expired")
  void revokedWinsOverExpired() {
    IssuedToken issued = service.issue("alice");
    service.revoke(issued.token());
    clock.advance(LIFETIME.plusHours(1));

    assertThat(service.authenticate("Bearer " + issued.token()))
        .as(
            "the checks run in a fixed order, unknown, then revoked, then expired: a token that"
                + " was revoked stays REVOKED after its expiry, so the audit trail shows why it"
                + " stopped working")
        .isEqualTo(new TokenCheck.Invalid(Reason.REVOKED));
  }
}
