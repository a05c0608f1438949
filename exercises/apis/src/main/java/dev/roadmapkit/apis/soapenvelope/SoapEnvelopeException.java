package dev.roadmapkit.apis.soapenvelope;

/**
 * A document that is not a SOAP 1.1 envelope this client accepts: not well-formed XML, a DOCTYPE
 * (refused, whatever it declares), another root than a SOAP 1.1 {@code Envelope}, no {@code Body},
 * an empty {@code Body}, a Fault without {@code faultcode} or {@code faultstring}, or a {@code
 * faultcode} whose prefix is not declared.
 */
public final class SoapEnvelopeException extends Exception {

  private static final long serialVersionUID = 1L;

  public SoapEnvelopeException(String message) {
    super(message);
  }

  public SoapEnvelopeException(String message, Throwable cause) {
    super(message, cause);
  }
}
