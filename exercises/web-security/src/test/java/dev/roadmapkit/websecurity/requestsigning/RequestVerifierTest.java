package dev.roadmapkit.websecurity.requestsigning;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.roadmapkit.support.clock.TestClock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Label("web-security/request-signing: RequestVerifier")
class RequestVerifierTest {

  private static final byte[] KEY = "request-signing-key".getBytes(StandardCharsets.UTF_8);
  private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");
  private static final long NOW_S = NOW.getEpochSecond();

  private final TestClock clock = TestClock.at(NOW);
  private final RequestVerifier verifier = new RequestVerifier(KEY, clock, Duration.ofMinutes(5));

  private static SignedRequest signed(long timestamp, String nonce) {
    return RequestSigning.sign(
        KEY, "POST", "/v1/payments", "{\"cents\":100}", Long.toString(timestamp), nonce);
  }

  @Test
  @DisplayName("a fresh, correctly signed request is accepted once, and its replay refused")
  void acceptsOnceThenRefusesReplay() {
    SignedRequest request = signed(NOW_S, "nonce-1");

    assertThat(verifier.verify(request)).as("first time").isEqualTo(VerifyResult.ACCEPTED);
    assertThat(verifier.verify(request))
        .as(
            "the very same request again, inside the window, is a replay: remember accepted"
                + " nonces and refuse a second use with REPLAYED")
        .isEqualTo(VerifyResult.REPLAYED);
    assertThat(verifier.verify(signed(NOW_S, "nonce-2")))
        .as("another nonce is another request")
        .isEqualTo(VerifyResult.ACCEPTED);
  }

  @Test
  @DisplayName(
      "the window is inclusive on both sides: 5 minutes early or late is fine, 1 s more is STALE")
  void window() {
    assertThat(verifier.verify(signed(NOW_S - 300, "a")))
        .as("exactly 5 min old")
        .isEqualTo(VerifyResult.ACCEPTED);
    assertThat(verifier.verify(signed(NOW_S + 300, "b")))
        .as("exactly 5 min ahead (clock drift)")
        .isEqualTo(VerifyResult.ACCEPTED);
    assertThat(verifier.verify(signed(NOW_S - 301, "c")))
        .as("301 s old: a captured request must stop working, STALE")
        .isEqualTo(VerifyResult.STALE);
    assertThat(verifier.verify(signed(NOW_S + 301, "d")))
        .as("301 s in the future: STALE too, or a request signed ahead would stay valid longer")
        .isEqualTo(VerifyResult.STALE);
  }

  @Test
  @DisplayName("any change to a signed request breaks its signature")
  void tampering() {
    SignedRequest r = signed(NOW_S, "n");
    assertThat(
            verifier.verify(
                new SignedRequest(
                    "PUT", r.path(), r.body(), r.timestamp(), r.nonce(), r.signature())))
        .as("another method")
        .isEqualTo(VerifyResult.BAD_SIGNATURE);
    assertThat(
            verifier.verify(
                new SignedRequest(
                    r.method(), "/v1/refunds", r.body(), r.timestamp(), r.nonce(), r.signature())))
        .as("another path")
        .isEqualTo(VerifyResult.BAD_SIGNATURE);
    assertThat(
            verifier.verify(
                new SignedRequest(
                    r.method(),
                    r.path(),
                    "{\"cents\":100000}",
                    r.timestamp(),
                    r.nonce(),
                    r.signature())))
        .as("another body")
        .isEqualTo(VerifyResult.BAD_SIGNATURE);
    assertThat(
            verifier.verify(
                new SignedRequest(
                    r.method(),
                    r.path(),
                    r.body(),
                    Long.toString(NOW_S + 1),
                    r.nonce(),
                    r.signature())))
        .as("another timestamp")
        .isEqualTo(VerifyResult.BAD_SIGNATURE);
    assertThat(
            verifier.verify(
                new SignedRequest(
                    r.method(), r.path(), r.body(), r.timestamp(), "other", r.signature())))
        .as("another nonce: otherwise a replay could just change it")
        .isEqualTo(VerifyResult.BAD_SIGNATURE);
    assertThat(
            verifier.verify(
                new SignedRequest(
                    r.method(),
                    r.path(),
                    r.body(),
                    r.timestamp(),
                    r.nonce(),
                    r.signature().toUpperCase())))
        .as("the signature in upper case is not the lower-case hex that was agreed")
        .isEqualTo(VerifyResult.BAD_SIGNATURE);
    assertThat(
            verifier.verify(
                new SignedRequest(r.method(), r.path(), r.body(), r.timestamp(), r.nonce(), "")))
        .as("no signature")
        .isEqualTo(VerifyResult.BAD_SIGNATURE);
    assertThat(verifier.verify(r))
        .as("and the original still works")
        .isEqualTo(VerifyResult.ACCEPTED);
  }

  @Test
  @DisplayName("a forged request does not use up the nonce of the real one")
  void forgeryDoesNotBurnNonce() {
    SignedRequest real = signed(NOW_S, "shared-nonce");
    SignedRequest forged =
        new SignedRequest(
            real.method(),
            real.path(),
            "{\"cents\":999999}",
            real.timestamp(),
            real.nonce(),
            "0".repeat(64));

    assertThat(verifier.verify(forged)).as("the forgery").isEqualTo(VerifyResult.BAD_SIGNATURE);
    assertThat(verifier.verify(real))
        .as(
            "remember a nonce only after its signature is verified; otherwise anyone can block"
                + " a sender by sending forgeries with the nonces it will use")
        .isEqualTo(VerifyResult.ACCEPTED);
  }

  @Test
  @DisplayName("malformed timestamps and nonces are MALFORMED")
  void malformed() {
    SignedRequest r = signed(NOW_S, "n");
    assertThat(
            verifier.verify(
                new SignedRequest(
                    r.method(), r.path(), r.body(), "yesterday", r.nonce(), r.signature())))
        .as("a timestamp that is not a number")
        .isEqualTo(VerifyResult.MALFORMED);
    assertThat(
            verifier.verify(
                new SignedRequest(r.method(), r.path(), r.body(), "", r.nonce(), r.signature())))
        .as("an empty timestamp")
        .isEqualTo(VerifyResult.MALFORMED);
    assertThat(verifier.verify(signed(NOW_S, "")))
        .as("an empty nonce protects nothing")
        .isEqualTo(VerifyResult.MALFORMED);
    assertThat(verifier.verify(signed(NOW_S, "x".repeat(65))))
        .as("a nonce over 64 characters would let senders fill the memory")
        .isEqualTo(VerifyResult.MALFORMED);
    assertThat(verifier.verify(signed(NOW_S, "x".repeat(64))))
        .as("64 characters is fine")
        .isEqualTo(VerifyResult.ACCEPTED);
  }

  @Test
  @DisplayName("nonces are forgotten once their timestamp leaves the window")
  void forgetsOldNonces() {
    verifier.verify(signed(NOW_S - 100, "old"));
    verifier.verify(signed(NOW_S, "new"));
    assertThat(verifier.rememberedNonces()).as("two accepted nonces").isEqualTo(2);

    clock.advance(Duration.ofSeconds(201));
    assertThat(verifier.rememberedNonces())
        .as("\"old\" (timestamp now - 301 s) has left the window and can be forgotten; \"new\" not")
        .isEqualTo(1);
    assertThat(verifier.verify(signed(NOW_S - 100, "old")))
        .as("a replay of the forgotten request is still refused: it is STALE")
        .isEqualTo(VerifyResult.STALE);

    clock.advance(Duration.ofSeconds(99));
    assertThat(verifier.rememberedNonces())
        .as("at now + 300 s, \"new\" is exactly at the edge and kept")
        .isEqualTo(1);
    clock.advance(Duration.ofSeconds(1));
    assertThat(verifier.rememberedNonces()).as("one second later it is gone").isZero();
  }

  @Provide
  Arbitrary<String> text() {
    return Arbitraries.strings().all().ofMaxLength(30);
  }

  @Property(tries = 200)
  @Label("verify() never throws and never accepts a signature it did not make")
  void neverThrows(
      @ForAll("text") String timestamp,
      @ForAll("text") String nonce,
      @ForAll("text") String signature) {
    RequestVerifier fresh = new RequestVerifier(KEY, TestClock.at(NOW), Duration.ofMinutes(5));
    assertThat(fresh.verify(new SignedRequest("GET", "/", "", timestamp, nonce, signature)))
        .as(
            "a request with timestamp \"%s\", nonce \"%s\", signature \"%s\"",
            timestamp, nonce, signature)
        .isNotEqualTo(VerifyResult.ACCEPTED)
        .isNotNull();
  }

  @Test
  @DisplayName("signatures are compared in constant time with MessageDigest.isEqual, never equals")
  void constantTime() {
    JavaClasses code =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.roadmapkit.websecurity.requestsigning");
    classes()
        .that()
        .haveSimpleName("RequestVerifier")
        .should()
        .callMethod(MessageDigest.class, "isEqual", byte[].class, byte[].class)
        .because(
            "an attacker who can time the comparison can build a valid signature for a forged"
                + " request byte by byte; MessageDigest.isEqual takes the same time wherever the"
                + " difference is")
        .check(code);
    noClasses()
        .should()
        .callMethod(String.class, "equals", Object.class)
        .orShould()
        .callMethod(String.class, "equalsIgnoreCase", String.class)
        .orShould()
        .callMethod(Objects.class, "equals", Object.class, Object.class)
        .orShould()
        .callMethod(Arrays.class, "equals", byte[].class, byte[].class)
        .because("these comparisons stop at the first difference and leak timing")
        .check(code);
  }
}
