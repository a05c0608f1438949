package dev.roadmapkit.websecurity.tls;

// Key idea: the client's SSLContext gets one TrustManager, ours, and nothing from the JDK's
// trust store. When the handshake fails, the reason travels as the cause of the SSL exception;
// finding our CertificateRefusedException in the cause chain turns a wall of stack trace into
// one typed reason and one sentence.

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;

/** Exercise {@code web-security/tls}: an HTTPS client that trusts one pinned certificate. */
public final class PinnedHttpsClient {

  private final HttpClient http;

  /**
   * Creates a client.
   *
   * @param pinned the only certificate a server may present
   * @param clock the source of "now" for certificate validity
   * @throws GeneralSecurityException if no TLS context can be made
   */
  public PinnedHttpsClient(X509Certificate pinned, Clock clock) throws GeneralSecurityException {
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, new TrustManager[] {new PinnedTrustManager(pinned, clock)}, null);
    this.http =
        HttpClient.newBuilder().sslContext(context).connectTimeout(Duration.ofSeconds(5)).build();
  }

  /** GETs {@code uri}; every failure is a {@link FetchResult.Refused}, never an exception. */
  public FetchResult get(URI uri) {
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      return new FetchResult.Fetched(response.statusCode(), response.body());
    } catch (IOException e) {
      if (e.getCause() instanceof CertificateRefusedException refused) {
        return new FetchResult.Refused(refused.reason(), refused.getMessage());
      }
      return new FetchResult.Refused(TlsRefusal.CONNECTION_FAILED, String.valueOf(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new FetchResult.Refused(TlsRefusal.CONNECTION_FAILED, "interrupted");
    }
  }
}
