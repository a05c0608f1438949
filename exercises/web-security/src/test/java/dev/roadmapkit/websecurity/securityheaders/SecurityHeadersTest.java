package dev.roadmapkit.websecurity.securityheaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

@Label("web-security/security-headers: SecurityHeaders")
class SecurityHeadersTest {

  private static final String NONCE = "rAnd0mN0nceValue+/abcQ==";
  private static final Duration YEAR = Duration.ofDays(365);

  @Test
  @DisplayName("nonces are 128 random bits in base64, and never repeat")
  void nonces() {
    Set<String> nonces = new HashSet<>();
    SecureRandom random = new SecureRandom();
    for (int i = 0; i < 100; i++) {
      nonces.add(SecurityHeaders.newNonce(random));
    }
    assertThat(nonces)
        .as(
            "a nonce must be unguessable, so fresh for every response: 100 nonces, 100 values,"
                + " each the base64 of 16 random bytes")
        .hasSize(100)
        .allSatisfy(n -> assertThat(Base64.getDecoder().decode(n)).hasSize(16));
  }

  @Test
  @DisplayName("an HTML page gets CSP with its nonce, HSTS, nosniff and a referrer policy")
  void htmlPageHeaders() {
    Map<String, String> headers = SecurityHeaders.forHtmlPage(NONCE, YEAR);

    assertThat(headers)
        .as("the four headers, with exactly these values (see the Javadoc)")
        .containsExactly(
            Map.entry(
                "Content-Security-Policy",
                "default-src 'self'; script-src 'nonce-rAnd0mN0nceValue+/abcQ==' 'strict-dynamic';"
                    + " object-src 'none'; base-uri 'none'; frame-ancestors 'none'"),
            Map.entry("Strict-Transport-Security", "max-age=31536000; includeSubDomains"),
            Map.entry("X-Content-Type-Options", "nosniff"),
            Map.entry("Referrer-Policy", "strict-origin-when-cross-origin"));
  }

  @Test
  @DisplayName("what is built parses back: the page's own scripts run, no other, no framing")
  void builtPolicyParsesBack() {
    String csp = SecurityHeaders.forHtmlPage(NONCE, YEAR).get("Content-Security-Policy");

    assertThat(SecurityHeaders.parseCsp(csp))
        .as("the directives of the built policy")
        .containsEntry("frame-ancestors", List.of("'none'"))
        .containsEntry("object-src", List.of("'none'"))
        .containsKeys("default-src", "script-src", "base-uri");
    assertThat(SecurityHeaders.allowsScriptWithNonce(csp, NONCE))
        .as("a <script nonce> with this response's nonce runs")
        .isTrue();
    assertThat(SecurityHeaders.allowsScriptWithNonce(csp, "guessed"))
        .as("a script with any other nonce, e.g. an injected one, does not")
        .isFalse();
    assertThat(
            SecurityHeaders.hstsMaxAge(
                SecurityHeaders.forHtmlPage(NONCE, YEAR).get("Strict-Transport-Security")))
        .as("the HSTS header says one year")
        .contains(YEAR);
  }

  @ParameterizedTest(name = "nonce \"{0}\" is refused")
  @ValueSource(
      strings = {
        "",
        "short",
        "has space in it and more",
        "quote'breaks'policy12",
        "semi;colon;breaks;policy"
      })
  @DisplayName(
      "a nonce that is not base64 of 16+ bytes is refused: it would break or weaken the policy")
  void refusesBadNonce(String nonce) {
    assertThatIllegalArgumentException()
        .as(
            "forHtmlPage(\"%s\", ...) must throw: a nonce goes into the policy text, so a quote,"
                + " a space or a ; in it would change the policy, and a short one can be guessed",
            nonce)
        .isThrownBy(() -> SecurityHeaders.forHtmlPage(nonce, YEAR));
  }

  @Test
  @DisplayName("an HSTS max-age under one day is refused")
  void refusesShortHsts() {
    assertThatIllegalArgumentException()
        .as("an HSTS max-age of 1 hour lapses before the next visit; require at least a day")
        .isThrownBy(() -> SecurityHeaders.forHtmlPage(NONCE, Duration.ofHours(1)));
    assertThat(
            SecurityHeaders.forHtmlPage(NONCE, Duration.ofDays(1)).get("Strict-Transport-Security"))
        .as("exactly one day is accepted")
        .isEqualTo("max-age=86400; includeSubDomains");
  }

  @Test
  @DisplayName("CSP parsing follows the spec: case, whitespace, empty and repeated directives")
  void parsesLikeTheBrowser() {
    assertThat(
            SecurityHeaders.parseCsp(
                "  Script-Src 'self'\thttps://cdn.example ;; script-src *; IMG-SRC data: ;"))
        .as(
            "names are lower-cased, sources split on any ASCII whitespace, empty directives"
                + " skipped, and the FIRST script-src wins (the browser ignores the second, so a"
                + " checker must too)")
        .containsExactly(
            Map.entry("script-src", List.of("'self'", "https://cdn.example")),
            Map.entry("img-src", List.of("data:")));
    assertThat(SecurityHeaders.parseCsp("upgrade-insecure-requests"))
        .as("a directive may have no sources")
        .containsExactly(Map.entry("upgrade-insecure-requests", List.of()));
    assertThat(SecurityHeaders.parseCsp("")).as("an empty policy has no directives").isEmpty();
  }

  @Test
  @DisplayName("the script directive falls back to default-src, and no policy allows everything")
  void effectiveScriptDirective() {
    assertThat(SecurityHeaders.allowsScriptWithNonce("default-src 'nonce-abc'", "abc"))
        .as("without script-src, default-src applies")
        .isTrue();
    assertThat(SecurityHeaders.allowsScriptWithNonce("default-src 'self'", "abc"))
        .as("default-src 'self' does not list the nonce")
        .isFalse();
    assertThat(
            SecurityHeaders.allowsScriptWithNonce(
                "script-src 'self'; default-src 'nonce-abc'", "abc"))
        .as("script-src, when present, wins over default-src")
        .isFalse();
    assertThat(SecurityHeaders.allowsScriptWithNonce("img-src 'self'", "abc"))
        .as("a policy that restricts no scripts lets them all run")
        .isTrue();
  }

  @Test
  @DisplayName("HSTS parsing: case-insensitive name, quoted value, exactly one max-age")
  void parsesHsts() {
    assertThat(SecurityHeaders.hstsMaxAge("max-age=31536000; includeSubDomains"))
        .as("the usual form")
        .contains(YEAR);
    assertThat(SecurityHeaders.hstsMaxAge("includeSubDomains; MAX-AGE=\"600\""))
        .as("RFC 6797: the name is case-insensitive and the value may be quoted")
        .contains(Duration.ofSeconds(600));
    assertThat(SecurityHeaders.hstsMaxAge("max-age=0"))
        .as("max-age=0 is valid: it tells the browser to forget the host")
        .contains(Duration.ZERO);
    for (String bad :
        List.of(
            "",
            "includeSubDomains",
            "max-age=",
            "max-age=-1",
            "max-age=1e6",
            "max-age=1; max-age=2",
            "max-age=\"",
            "max-age=99999999999999999999")) {
      assertThat(SecurityHeaders.hstsMaxAge(bad))
          .as("\"%s\" has no single valid max-age: empty, never an exception", bad)
          .isEqualTo(Optional.empty());
    }
  }

  @Provide
  Arbitrary<String> headerValues() {
    return Arbitraries.strings()
        .withChars("max-ge=\"; 0123456789'nocescriptdfaul\t")
        .ofMaxLength(40);
  }

  @Property(tries = 300)
  @Label("the parsers never throw")
  void parsersNeverThrow(@ForAll("headerValues") String value) {
    assertThat(SecurityHeaders.parseCsp(value)).as("parseCsp(\"%s\")", value).isNotNull();
    assertThat(SecurityHeaders.hstsMaxAge(value)).as("hstsMaxAge(\"%s\")", value).isNotNull();
  }

  @Property(tries = 100)
  @Label("only the whole nonce allows a script: a prefix or an extension of it never does")
  void onlyTheWholeNonceAllows(@ForAll("randomNonces") String nonce) {
    String csp =
        SecurityHeaders.forHtmlPage(nonce, Duration.ofDays(365)).get("Content-Security-Policy");
    assertThat(SecurityHeaders.allowsScriptWithNonce(csp, nonce))
        .as("the nonce the policy was built with allows the script")
        .isTrue();
    for (int cut = 1; cut < nonce.length(); cut += 3) {
      String prefix = nonce.substring(0, cut);
      assertThat(SecurityHeaders.allowsScriptWithNonce(csp, prefix))
          .as(
              "\"%s\" is only the first %d characters of the nonce %s: compare the whole source"
                  + " expression 'nonce-<value>' with one list element, or an attacker who"
                  + " guesses one character has a working nonce",
              prefix, cut, nonce)
          .isFalse();
    }
    assertThat(SecurityHeaders.allowsScriptWithNonce(csp, nonce + "A"))
        .as("a longer value that starts with the nonce is not the nonce either")
        .isFalse();
  }

  @Provide
  Arbitrary<String> randomNonces() {
    return Arbitraries.bytes()
        .array(byte[].class)
        .ofSize(16)
        .map(bytes -> Base64.getEncoder().encodeToString(bytes));
  }
}
