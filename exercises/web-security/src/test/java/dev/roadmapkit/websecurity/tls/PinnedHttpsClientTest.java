package dev.roadmapkit.websecurity.tls;

import static dev.roadmapkit.websecurity.tls.TestCertificates.dns;
import static dev.roadmapkit.websecurity.tls.TestCertificates.ip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roadmapkit.support.clock.TestClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.Label;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Label("web-security/tls: LoopbackHttpsServer and PinnedHttpsClient")
class PinnedHttpsClientTest {

  // Certificates made relative to the real time, because the server side of the JDK TLS stack
  // reads the system clock; the client checks validity on its own injected clock.
  private static final Instant NOW =
      Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
  private static final Duration DAY = Duration.ofDays(1);

  private final TestClock clock = TestClock.at(NOW);

  private static URI local(LoopbackHttpsServer server) {
    return URI.create("https://127.0.0.1:" + server.port() + "/hello");
  }

  @Test
  @DisplayName("the client fetches from the server whose certificate it pins")
  void fetches() throws Exception {
    TestCertificates.Issued cert =
        TestCertificates.selfSigned(
            NOW.minus(DAY), NOW.plus(DAY), ip("127.0.0.1"), dns("localhost"));
    try (LoopbackHttpsServer server =
        LoopbackHttpsServer.start(cert.keys().getPrivate(), cert.certificate(), "hello, TLS")) {
      assertThat(new PinnedHttpsClient(cert.certificate(), clock).get(local(server)))
          .as(
              "a server on 127.0.0.1 presenting the pinned certificate, valid now and naming"
                  + " 127.0.0.1, answers 200 with its body")
          .isEqualTo(new FetchResult.Fetched(200, "hello, TLS"));
    }
  }

  @Test
  @DisplayName("a client with the JDK's default trust store refuses the same server")
  void defaultTrustRefuses() throws Exception {
    TestCertificates.Issued cert =
        TestCertificates.selfSigned(NOW.minus(DAY), NOW.plus(DAY), ip("127.0.0.1"));
    try (LoopbackHttpsServer server =
        LoopbackHttpsServer.start(cert.keys().getPrivate(), cert.certificate(), "hello")) {
      assertThatThrownBy(
              () ->
                  HttpClient.newHttpClient()
                      .send(
                          HttpRequest.newBuilder(local(server)).build(),
                          HttpResponse.BodyHandlers.ofString()))
          .as(
              "the server's certificate is self-signed: no public CA vouches for it, so only a"
                  + " client that pins it may connect")
          .isInstanceOf(javax.net.ssl.SSLHandshakeException.class);
    }
  }

  @Test
  @DisplayName("an expired certificate is refused with EXPIRED and a clear message")
  void expired() throws Exception {
    TestCertificates.Issued cert =
        TestCertificates.selfSigned(
            NOW.minus(DAY.multipliedBy(30)), NOW.minus(DAY), ip("127.0.0.1"));
    try (LoopbackHttpsServer server =
        LoopbackHttpsServer.start(cert.keys().getPrivate(), cert.certificate(), "stale")) {
      FetchResult result = new PinnedHttpsClient(cert.certificate(), clock).get(local(server));
      assertThat(result)
          .as(
              "the pinned certificate expired yesterday: the handshake must fail, and get() must"
                  + " return Refused(EXPIRED, ...) found in the exception's cause chain, not throw")
          .isInstanceOfSatisfying(
              FetchResult.Refused.class,
              r -> {
                assertThat(r.reason()).isEqualTo(TlsRefusal.EXPIRED);
                assertThat(r.message()).contains("expired");
              });
    }
  }

  @Test
  @DisplayName("a certificate for another host is refused with WRONG_HOST")
  void wrongHost() throws Exception {
    TestCertificates.Issued cert =
        TestCertificates.selfSigned(NOW.minus(DAY), NOW.plus(DAY), dns("api.example.test"));
    try (LoopbackHttpsServer server =
        LoopbackHttpsServer.start(cert.keys().getPrivate(), cert.certificate(), "hi")) {
      assertThat(new PinnedHttpsClient(cert.certificate(), clock).get(local(server)))
          .as(
              "the certificate names api.example.test, but the client dialled 127.0.0.1:"
                  + " Refused(WRONG_HOST, ...) with the host in the message")
          .isInstanceOfSatisfying(
              FetchResult.Refused.class,
              r -> {
                assertThat(r.reason()).isEqualTo(TlsRefusal.WRONG_HOST);
                assertThat(r.message()).contains("127.0.0.1");
              });
    }
  }

  @Test
  @DisplayName("a server with another certificate is refused with UNTRUSTED")
  void untrusted() throws Exception {
    TestCertificates.Issued served =
        TestCertificates.selfSigned(NOW.minus(DAY), NOW.plus(DAY), ip("127.0.0.1"));
    TestCertificates.Issued pinned =
        TestCertificates.selfSigned(NOW.minus(DAY), NOW.plus(DAY), ip("127.0.0.1"));
    try (LoopbackHttpsServer server =
        LoopbackHttpsServer.start(served.keys().getPrivate(), served.certificate(), "hi")) {
      assertThat(new PinnedHttpsClient(pinned.certificate(), clock).get(local(server)))
          .as("the client pins another certificate: Refused(UNTRUSTED, ...)")
          .isInstanceOfSatisfying(
              FetchResult.Refused.class,
              r -> assertThat(r.reason()).isEqualTo(TlsRefusal.UNTRUSTED));
    }
  }

  @Test
  @DisplayName("no server at all is CONNECTION_FAILED, not an exception")
  void noServer() throws Exception {
    TestCertificates.Issued cert =
        TestCertificates.selfSigned(NOW.minus(DAY), NOW.plus(DAY), ip("127.0.0.1"));
    LoopbackHttpsServer server =
        LoopbackHttpsServer.start(cert.keys().getPrivate(), cert.certificate(), "gone");
    URI gone = local(server);
    server.close();
    assertThat(new PinnedHttpsClient(cert.certificate(), clock).get(gone))
        .as("a refused connection is Refused(CONNECTION_FAILED, ...)")
        .isInstanceOfSatisfying(
            FetchResult.Refused.class,
            r -> assertThat(r.reason()).isEqualTo(TlsRefusal.CONNECTION_FAILED));
  }
}
