package dev.roadmapkit.apis.soapenvelope;

import java.util.Objects;
import java.util.Optional;
import javax.xml.namespace.QName;

/** A SOAP 1.1 Fault the server answered with, as a typed exception. */
public final class SoapFaultException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient QName faultCode;
  private final String faultString;
  private final String detail;

  /**
   * @param faultCode the {@code faultcode}, its prefix resolved to a namespace URI (for example
   *     {@code {http://schemas.xmlsoap.org/soap/envelope/}Server})
   * @param faultString the {@code faultstring} text
   * @param detail the {@code detail} element's text content, stripped, when the Fault has one
   */
  public SoapFaultException(QName faultCode, String faultString, Optional<String> detail) {
    super(faultCode + ": " + faultString);
    this.faultCode = Objects.requireNonNull(faultCode, "faultCode");
    this.faultString = Objects.requireNonNull(faultString, "faultString");
    this.detail = detail.orElse(null);
  }

  public QName faultCode() {
    return faultCode;
  }

  public String faultString() {
    return faultString;
  }

  public Optional<String> detail() {
    return Optional.ofNullable(detail);
  }
}
