package dev.roadmapkit.websecurity.tls;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Exercise {@code web-security/tls}, part 1: a trust manager that trusts exactly one certificate,
 * for the hosts it names.
 *
 * <p>During the TLS handshake the JDK hands the server's certificate chain to the client's trust
 * manager; if it throws, the handshake fails. Because this class extends {@link
 * X509ExtendedTrustManager}, the JDK leaves <em>every</em> check to it, the host name included.
 * {@link #check} decides, in this order, and throws a {@link CertificateRefusedException} with the
 * first reason that applies and a sentence that says what was expected:
 *
 * <ol>
 *   <li>{@link TlsRefusal#UNTRUSTED}: no chain, or its first certificate is not the pinned one
 *       (compare {@code getEncoded()} bytes with {@link java.security.MessageDigest#isEqual});
 *   <li>{@link TlsRefusal#EXPIRED} or {@link TlsRefusal#NOT_YET_VALID}: {@code
 *       checkValidity(Date.from(clock.instant()))} fails; the message names the date;
 *   <li>{@link TlsRefusal#WRONG_HOST}: {@code host} (null when unknown) is not among the
 *       certificate's subject alternative names, a DNS name (type 2, compared case-insensitively)
 *       or an IP address (type 7, compared as an address); the message names the host. A DNS name
 *       matches that exact name only, not its subdomains (RFC 6125 section 6.4.1), and an IP host
 *       matches IP address entries only, never a DNS entry that spells it.
 * </ol>
 *
 * <p>The JDK callbacks below are given: they pass the host the client dialled to {@link #check}.
 */
public final class PinnedTrustManager extends X509ExtendedTrustManager {

  /**
   * Creates a trust manager.
   *
   * @param pinned the only certificate a server may present
   * @param clock the source of "now" for the validity check
   * @throws IllegalArgumentException if the certificate cannot be encoded
   */
  public PinnedTrustManager(X509Certificate pinned, Clock clock) {
    throw new UnsupportedOperationException(
        "TODO web-security/tls: keep the certificate, its getEncoded() bytes and the clock");
  }

  /**
   * Checks a server's chain for a connection to {@code host}: the first certificate must be the
   * pinned one, valid at the clock's now, with {@code host} among its subject alternative names (a
   * DNS name, compared case-insensitively, or an IP address).
   *
   * @throws CertificateRefusedException with the first reason that applies
   */
  public void check(X509Certificate[] chain, String host) throws CertificateRefusedException {
    throw new UnsupportedOperationException(
        "TODO web-security/tls: pinned? valid now? issued for host? else throw"
            + " CertificateRefusedException(reason, message)");
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
      throws CertificateException {
    check(chain, engine == null ? null : engine.getPeerHost());
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
      throws CertificateException {
    String host =
        socket instanceof SSLSocket ssl && ssl.getHandshakeSession() != null
            ? ssl.getHandshakeSession().getPeerHost()
            : null;
    check(chain, host);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType)
      throws CertificateException {
    check(chain, null);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
      throws CertificateException {
    checkClientTrusted(chain, authType);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
      throws CertificateException {
    checkClientTrusted(chain, authType);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType)
      throws CertificateException {
    throw new CertificateException("this trust manager only checks servers");
  }

  @Override
  public X509Certificate[] getAcceptedIssuers() {
    throw new UnsupportedOperationException(
        "TODO web-security/tls: return an array holding the pinned certificate");
  }
}
