package dev.roadmapkit.websecurity.tls;

import static dev.roadmapkit.websecurity.tls.TestCertificates.dns;
import static dev.roadmapkit.websecurity.tls.TestCertificates.ip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.roadmapkit.support.clock.TestClock;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.Label;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Label("web-security/tls: PinnedTrustManager")
class PinnedTrustManagerTest {

  private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant UNTIL = Instant.parse("2026-04-01T00:00:00Z");
  private static final TestCertificates.Issued SERVER =
      TestCertificates.selfSigned(FROM, UNTIL, dns("api.example.test"), ip("127.0.0.1"));

  private final TestClock clock = TestClock.at("2026-02-01T00:00:00Z");
  private final PinnedTrustManager trust = new PinnedTrustManager(SERVER.certificate(), clock);

  private static X509Certificate[] chain(TestCertificates.Issued issued) {
    return new X509Certificate[] {issued.certificate()};
  }

  private CertificateRefusedException refusal(X509Certificate[] chain, String host) {
    CertificateRefusedException thrown =
        catchThrowableOfType(() -> trust.check(chain, host), CertificateRefusedException.class);
    assertThat(thrown)
        .as("check(..., \"%s\") must throw CertificateRefusedException here", host)
        .isNotNull();
    return thrown;
  }

  @Test
  @DisplayName("the pinned certificate, valid now, for a host it names, is trusted")
  void trustsPinned() {
    assertThatCode(() -> trust.check(chain(SERVER), "api.example.test"))
        .as("the pinned certificate for a DNS name in its subject alternative names")
        .doesNotThrowAnyException();
    assertThatCode(() -> trust.check(chain(SERVER), "API.Example.TEST"))
        .as("DNS names compare case-insensitively")
        .doesNotThrowAnyException();
    assertThatCode(() -> trust.check(chain(SERVER), "127.0.0.1"))
        .as("and for an IP address in its subject alternative names")
        .doesNotThrowAnyException();
    assertThat(trust.getAcceptedIssuers())
        .as("the only accepted issuer is the pinned certificate")
        .containsExactly(SERVER.certificate());
  }

  @Test
  @DisplayName("any other certificate is UNTRUSTED, even with the same names and dates")
  void refusesOthers() {
    TestCertificates.Issued impostor =
        TestCertificates.selfSigned(FROM, UNTIL, dns("api.example.test"), ip("127.0.0.1"));
    CertificateRefusedException refused = refusal(chain(impostor), "api.example.test");
    assertThat(refused.reason())
        .as(
            "an impostor's certificate looks the same but has another key: compare the whole"
                + " certificate, getEncoded(), with the pinned one")
        .isEqualTo(TlsRefusal.UNTRUSTED);
    assertThat(refusal(new X509Certificate[0], "api.example.test").reason())
        .as("no certificate at all is UNTRUSTED")
        .isEqualTo(TlsRefusal.UNTRUSTED);
    assertThat(refusal(null, "api.example.test").reason())
        .as("a null chain is UNTRUSTED, not a NullPointerException")
        .isEqualTo(TlsRefusal.UNTRUSTED);
  }

  @Test
  @DisplayName("validity is checked on the injected clock, to the second")
  void validity() {
    clock.set(UNTIL);
    assertThatCode(() -> trust.check(chain(SERVER), "api.example.test"))
        .as("at notAfter exactly the certificate is still valid (X.509 validity is inclusive)")
        .doesNotThrowAnyException();

    clock.advance(Duration.ofSeconds(1));
    CertificateRefusedException expired = refusal(chain(SERVER), "api.example.test");
    assertThat(expired.reason()).as("one second after notAfter").isEqualTo(TlsRefusal.EXPIRED);
    assertThat(expired.getMessage())
        .as("a clear error names what happened and when")
        .contains("expired")
        .contains("2026-04-01T00:00:00Z");

    clock.set(FROM.minusSeconds(1));
    CertificateRefusedException early = refusal(chain(SERVER), "api.example.test");
    assertThat(early.reason())
        .as("one second before notBefore")
        .isEqualTo(TlsRefusal.NOT_YET_VALID);
    assertThat(early.getMessage()).as("naming the start").contains("2026-01-01T00:00:00Z");
  }

  @Test
  @DisplayName("a host the certificate does not name is WRONG_HOST")
  void wrongHost() {
    CertificateRefusedException refused = refusal(chain(SERVER), "evil.example.test");
    assertThat(refused.reason())
        .as(
            "a certificate issued for api.example.test must not serve evil.example.test: compare"
                + " the host with the subject alternative names yourself, because extending"
                + " X509ExtendedTrustManager means the JDK will not")
        .isEqualTo(TlsRefusal.WRONG_HOST);
    assertThat(refused.getMessage()).as("naming the host").contains("evil.example.test");
    assertThat(refusal(chain(SERVER), "127.0.0.2").reason())
        .as("another IP address")
        .isEqualTo(TlsRefusal.WRONG_HOST);
    assertThat(refusal(chain(SERVER), "example.test").reason())
        .as("a parent domain is another name")
        .isEqualTo(TlsRefusal.WRONG_HOST);
    assertThat(refusal(chain(SERVER), null).reason())
        .as("an unknown host cannot be checked, so it is refused")
        .isEqualTo(TlsRefusal.WRONG_HOST);
    TestCertificates.Issued noNames = TestCertificates.selfSigned(FROM, UNTIL);
    assertThat(
            catchThrowableOfType(
                    () ->
                        new PinnedTrustManager(noNames.certificate(), clock)
                            .check(chain(noNames), "api.example.test"),
                    CertificateRefusedException.class)
                .reason())
        .as("a certificate without subject alternative names names no host")
        .isEqualTo(TlsRefusal.WRONG_HOST);
  }

  @Test
  @DisplayName("a DNS name matches itself only, never its subdomains")
  void dnsNameDoesNotCoverSubdomains() {
    for (String host : new String[] {"evil.api.example.test", "a.b.api.example.test"}) {
      assertThat(refusal(chain(SERVER), host).reason())
          .as(
              "the certificate names api.example.test; %s is another host (RFC 6125 section"
                  + " 6.4.1: compare the whole name). Only a wildcard entry such as *.example.test"
                  + " would cover a subdomain, and this certificate has none",
              host)
          .isEqualTo(TlsRefusal.WRONG_HOST);
    }
  }

  @Test
  @DisplayName("the pinned certificate must be the server's own, the first of the chain")
  void pinnedMustBeTheLeaf() {
    TestCertificates.Issued other =
        TestCertificates.selfSigned(FROM, UNTIL, dns("api.example.test"));
    assertThat(
            refusal(
                    new X509Certificate[] {other.certificate(), SERVER.certificate()},
                    "api.example.test")
                .reason())
        .as(
            "chain[0] is the certificate the server proved it holds the key of; anything after"
                + " it is just bytes the server sent. A chain that starts with another"
                + " certificate is UNTRUSTED even if the pinned one follows")
        .isEqualTo(TlsRefusal.UNTRUSTED);
  }

  @Test
  @DisplayName("the checks run in order: an expired certificate is EXPIRED, whatever the host")
  void expiryIsCheckedBeforeTheHost() {
    clock.set(UNTIL.plusSeconds(60));
    assertThat(refusal(chain(SERVER), "evil.example.test").reason())
        .as(
            "pinned, then valid now, then the host: the first check that fails is the reason, so"
                + " an expired certificate asked for another host is EXPIRED")
        .isEqualTo(TlsRefusal.EXPIRED);
  }

  @Test
  @DisplayName("IP addresses are compared as addresses, whatever way they are written")
  void ipAddressesCompareAsAddresses() {
    TestCertificates.Issued v6 = TestCertificates.selfSigned(FROM, UNTIL, ip("::1"));
    PinnedTrustManager trustV6 = new PinnedTrustManager(v6.certificate(), clock);
    for (String host : new String[] {"::1", "[::1]", "0:0:0:0:0:0:0:1"}) {
      assertThatCode(() -> trustV6.check(chain(v6), host))
          .as(
              "the certificate's IP entry is ::1, which the JDK gives back as"
                  + " 0:0:0:0:0:0:0:1; the host %s is the same address: parse both with"
                  + " InetAddress.getByName (literals need no DNS) and compare the addresses",
              host)
          .doesNotThrowAnyException();
    }
  }

  @Test
  @DisplayName("an IP host is matched against IP address entries only, never DNS names")
  void ipHostNeedsAnIpEntry() {
    TestCertificates.Issued dnsOnly = TestCertificates.selfSigned(FROM, UNTIL, dns("127.0.0.1"));
    CertificateRefusedException refused =
        catchThrowableOfType(
            () ->
                new PinnedTrustManager(dnsOnly.certificate(), clock)
                    .check(chain(dnsOnly), "127.0.0.1"),
            CertificateRefusedException.class);
    assertThat(refused)
        .as("a DNS entry that spells 127.0.0.1 must not vouch for the address 127.0.0.1")
        .isNotNull();
    assertThat(refused.reason())
        .as(
            "RFC 6125 section 6.2.1 and RFC 5280 section 4.2.1.6: an IP address is matched"
                + " against iPAddress entries (type 7); a dNSName (type 2) holding the same text"
                + " is a different kind of name, so this is WRONG_HOST")
        .isEqualTo(TlsRefusal.WRONG_HOST);
  }
}
