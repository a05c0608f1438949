package dev.roadmapkit.websecurity.tls;

import java.security.cert.CertificateException;

/** Thrown by {@link PinnedTrustManager} to refuse a server, with the reason. */
public final class CertificateRefusedException extends CertificateException {

  private static final long serialVersionUID = 1L;

  /** The reason; never {@link TlsRefusal#CONNECTION_FAILED}. */
  private final TlsRefusal reason;

  /**
   * Creates the exception.
   *
   * @param reason why the certificate was refused
   * @param message a sentence for a person: what was expected and what was found
   */
  public CertificateRefusedException(TlsRefusal reason, String message) {
    super(message);
    this.reason = reason;
  }

  /** Why the certificate was refused. */
  public TlsRefusal reason() {
    return reason;
  }
}
