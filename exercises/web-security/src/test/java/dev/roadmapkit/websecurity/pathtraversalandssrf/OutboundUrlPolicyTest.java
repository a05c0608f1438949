package dev.roadmapkit.websecurity.pathtraversalandssrf;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@Label("web-security/path-traversal-and-ssrf: OutboundUrlPolicy")
class OutboundUrlPolicyTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "https://example.com/hook, ALLOWED",
    "http://93.184.215.14/, ALLOWED",
    "https://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/, ALLOWED",
    "http://172.32.0.1/, ALLOWED",
    "http://100.128.0.1/, ALLOWED",
    "http://127.0.0.1/, LOOPBACK",
    "http://127.255.255.254:8080/admin, LOOPBACK",
    "http://localhost/, LOOPBACK",
    "http://LOCALHOST./, LOOPBACK",
    "http://api.localhost/, LOOPBACK",
    "http://[::1]/, LOOPBACK",
    "http://[::ffff:127.0.0.1]/, LOOPBACK",
    "http://example.com@127.0.0.1/, LOOPBACK",
    "http://0.0.0.0/, UNSPECIFIED",
    "http://[::]/, UNSPECIFIED",
    "http://10.1.2.3/, PRIVATE",
    "http://172.16.0.1/, PRIVATE",
    "http://172.31.255.255/, PRIVATE",
    "http://192.168.1.1/, PRIVATE",
    "http://100.64.0.1/, PRIVATE",
    "http://[fd12:3456::1]/, PRIVATE",
    "http://[::ffff:10.0.0.1]/, PRIVATE",
    "http://169.254.169.254/latest/meta-data/, LINK_LOCAL",
    "http://[fe80::1]/, LINK_LOCAL",
    "file:///etc/passwd, SCHEME_NOT_ALLOWED",
    "gopher://127.0.0.1:6379/_FLUSHALL, SCHEME_NOT_ALLOWED",
    "ftp://example.com/, SCHEME_NOT_ALLOWED",
    "http://010.0.0.1/, AMBIGUOUS_ADDRESS",
    "not a url, MALFORMED",
    "/relative/path, MALFORMED",
    "http:///no-host, MALFORMED",
  })
  @DisplayName("URLs are classified by the address they name, without DNS")
  void classifies(String url, TargetVerdict expected) {
    assertThat(OutboundUrlPolicy.classify(url))
        .as(
            "classify(\"%s\"): decide on the address bytes, not on the text. Parse with"
                + " java.net.URI (userinfo before @ is not the host), compare the scheme"
                + " case-insensitively, and see TargetVerdict for the ranges",
            url)
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} is refused")
  @ValueSource(
      strings = {
        "http://127.1/",
        "http://2130706433/",
        "http://0177.0.0.1/",
        "http://0x7f000001/",
        "http://0x7f.0.0.1/",
        "http://256.1.1.1/",
        "http://127.0.0.1.5/",
      })
  @DisplayName("legacy numeric forms of 127.0.0.1 are refused, never allowed")
  void legacyForms(String url) {
    assertThat(OutboundUrlPolicy.classify(url))
        .as(
            "curl and browsers read %s as 127.0.0.1; a check that only knows dotted quads must"
                + " not let it through: AMBIGUOUS_ADDRESS (or MALFORMED where URI refuses it)",
            url)
        .isIn(TargetVerdict.AMBIGUOUS_ADDRESS, TargetVerdict.MALFORMED);
  }

  @Provide
  Arbitrary<String> urls() {
    Arbitrary<String> junk = Arbitraries.strings().all().ofMaxLength(40);
    Arbitrary<String> hosts =
        Arbitraries.strings().withChars("0123456789abcdefx.:[]%@").ofMaxLength(20);
    return Arbitraries.oneOf(junk, hosts.map(h -> "http://" + h + "/"));
  }

  @Property(tries = 400)
  @Label("classify() never throws")
  void neverThrows(@ForAll("urls") String url) {
    assertThat(OutboundUrlPolicy.classify(url)).as("classify(\"%s\")", url).isNotNull();
  }
}
