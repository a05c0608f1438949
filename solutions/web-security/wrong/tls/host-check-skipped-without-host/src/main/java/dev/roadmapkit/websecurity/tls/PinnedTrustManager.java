package dev.roadmapkit.websecurity.tls;

// Key idea: trust is a decision this class makes explicitly, in a fixed order: is it THE
// certificate we pinned (byte for byte), is it valid now (on our clock), and was it issued for the
// host we dialled (its subject alternative names). Extending X509ExtendedTrustManager matters: the
// JDK then leaves every check to us, so the host-name check must not be forgotten. Trade-off:
// pinning one certificate means the client must be updated when the server's certificate is
// renewed; pinning a CA or a public key are the usual compromises.

import java.net.InetAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.X509ExtendedTrustManager;

/** Exercise {@code web-security/tls}: trusts exactly one certificate, for the hosts it names. */
public final class PinnedTrustManager extends X509ExtendedTrustManager {

  private static final int DNS_NAME = 2;
  private static final int IP_ADDRESS = 7;
  private static final Pattern IP_LITERAL =
      Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|\\[?[0-9a-f]*:[0-9a-f:.]*]?");

  private final X509Certificate pinned;
  private final byte[] pinnedEncoded;
  private final Clock clock;

  /**
   * Creates a trust manager.
   *
   * @param pinned the only certificate a server may present
   * @param clock the source of "now" for the validity check
   * @throws IllegalArgumentException if the certificate cannot be encoded
   */
  public PinnedTrustManager(X509Certificate pinned, Clock clock) {
    try {
      this.pinnedEncoded = pinned.getEncoded();
    } catch (CertificateEncodingException e) {
      throw new IllegalArgumentException("cannot encode the pinned certificate", e);
    }
    this.pinned = pinned;
    this.clock = clock;
  }

  /**
   * Checks a server's chain for a connection to {@code host}: the first certificate must be the
   * pinned one, valid at the clock's now, with {@code host} among its subject alternative names (a
   * DNS name, compared case-insensitively, or an IP address).
   *
   * @throws CertificateRefusedException with the first reason that applies
   */
  public void check(X509Certificate[] chain, String host) throws CertificateRefusedException {
    if (chain == null || chain.length == 0) {
      throw new CertificateRefusedException(TlsRefusal.UNTRUSTED, "the server sent no certificate");
    }
    X509Certificate presented = chain[0];
    byte[] encoded;
    try {
      encoded = presented.getEncoded();
    } catch (CertificateEncodingException e) {
      encoded = new byte[0];
    }
    if (!MessageDigest.isEqual(pinnedEncoded, encoded)) {
      throw new CertificateRefusedException(
          TlsRefusal.UNTRUSTED,
          "the server presented "
              + presented.getSubjectX500Principal()
              + ", not the pinned certificate");
    }
    try {
      pinned.checkValidity(Date.from(clock.instant()));
    } catch (CertificateExpiredException e) {
      throw new CertificateRefusedException(
          TlsRefusal.EXPIRED, "the certificate expired on " + pinned.getNotAfter().toInstant());
    } catch (CertificateNotYetValidException e) {
      throw new CertificateRefusedException(
          TlsRefusal.NOT_YET_VALID,
          "the certificate is not valid before " + pinned.getNotBefore().toInstant());
    }
    if (!names(host)) {
      throw new CertificateRefusedException(
          TlsRefusal.WRONG_HOST, "the certificate is not issued for the host " + host);
    }
  }

  private boolean names(String host) {
    if (host == null) {
      return true;
    }
    String wanted = host.toLowerCase(Locale.ROOT);
    // An IP host is matched against IP entries only, a name against DNS entries only (RFC 6125
    // section 6.2.1): a DNS entry that happens to spell an address does not vouch for it.
    boolean literal = IP_LITERAL.matcher(wanted).matches();
    Collection<List<?>> names;
    try {
      names = pinned.getSubjectAlternativeNames();
    } catch (CertificateParsingException e) {
      return false;
    }
    if (names == null) {
      return false;
    }
    for (List<?> name : names) {
      int type = (Integer) name.get(0);
      String value = String.valueOf(name.get(1)).toLowerCase(Locale.ROOT);
      if (!literal && type == DNS_NAME && value.equals(wanted)
          || literal && type == IP_ADDRESS && sameAddress(value, wanted)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameAddress(String certified, String host) {
    try {
      // Both are literals here, so this parses without DNS.
      return InetAddress.getByName(certified).equals(InetAddress.getByName(host));
    } catch (UnknownHostException e) {
      return false;
    }
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
    return new X509Certificate[] {pinned};
  }
}
