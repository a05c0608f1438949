package dev.roadmapkit.websecurity.tls;

import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Clock;

/**
 * Exercise {@code web-security/tls}, part 3: an HTTPS client ({@code java.net.http.HttpClient})
 * that trusts the pinned certificate and nothing else: its {@code SSLContext} is initialised with a
 * {@link PinnedTrustManager} as its only trust manager, never the JDK's default trust store.
 *
 * <p>{@link #get} never throws: when the handshake fails, the {@link CertificateRefusedException}
 * the trust manager threw is somewhere in the cause chain of the {@code IOException}; its reason
 * and message become a {@link FetchResult.Refused}. Any other failure is {@link
 * TlsRefusal#CONNECTION_FAILED}.
 */
public final class PinnedHttpsClient {

  /**
   * Creates a client.
   *
   * @param pinned the only certificate a server may present
   * @param clock the source of "now" for certificate validity
   * @throws GeneralSecurityException if no TLS context can be made
   */
  public PinnedHttpsClient(X509Certificate pinned, Clock clock) throws GeneralSecurityException {
    throw new UnsupportedOperationException(
        "TODO web-security/tls: SSLContext.getInstance(\"TLS\") with the PinnedTrustManager, an"
            + " HttpClient with that context");
  }

  /** GETs {@code uri}; every failure is a {@link FetchResult.Refused}, never an exception. */
  public FetchResult get(URI uri) {
    throw new UnsupportedOperationException(
        "TODO web-security/tls: send, and map a failure through its cause chain");
  }
}
