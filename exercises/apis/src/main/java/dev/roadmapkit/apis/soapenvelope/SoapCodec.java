package dev.roadmapkit.apis.soapenvelope;

/**
 * Exercise {@code apis/soap-envelope}: write SOAP 1.1 requests and read SOAP 1.1 responses and
 * Faults with the JDK's XML APIs ({@code javax.xml.parsers}, {@code org.w3c.dom}, {@code
 * javax.xml.transform}).
 *
 * <p>The contract:
 *
 * <ul>
 *   <li>{@link #writeRequest} returns an XML document whose root is {@code Envelope} in the
 *       namespace {@link #ENVELOPE_NS}. When the request has Header blocks, the first child is a
 *       {@code Header} (same namespace) holding one element per block, with its qualified name and
 *       its text. Then a {@code Body} (same namespace) holding exactly one element, the operation,
 *       whose children are the parameters in order, each in the operation's namespace, with its
 *       value as text. Characters such as {@code <} and {@code &} in values must come back intact.
 *       Prefixes are yours to choose: a reader only sees namespaces.
 *   <li>{@link #readResponse} parses namespace-aware: an element is known by its namespace URI and
 *       local name, never by its prefix ({@code soap:}, {@code SOAP-ENV:} or a default namespace
 *       all mean the same thing, and {@code soap:} bound to another URI is not SOAP). The root must
 *       be the SOAP 1.1 {@code Envelope} (the SOAP 1.2 namespace is refused), it must have a {@code
 *       Body} (after an optional {@code Header}), and the Body's first <em>element</em> child (skip
 *       whitespace and comments) is the answer. A {@code Fault} in {@link #ENVELOPE_NS} becomes a
 *       {@link SoapFaultException}: its unqualified children {@code faultcode} (a QName: the prefix
 *       resolved with the namespaces in scope at that element, an undeclared prefix is an error; no
 *       prefix means the default namespace in scope, or none), {@code faultstring}, and the
 *       optional {@code detail} (its text content, stripped). Any other element becomes a {@link
 *       SoapResponse}: its qualified name and its child elements, local name to text.
 *   <li>Security: the parser refuses any DOCTYPE (feature {@code
 *       http://apache.org/xml/features/disallow-doctype-decl}) and runs with {@code
 *       XMLConstants.FEATURE_SECURE_PROCESSING}, so an external entity never reads a file and an
 *       entity bomb never expands. Such a document is a {@link SoapEnvelopeException}.
 * </ul>
 */
public final class SoapCodec {

  /** The SOAP 1.1 envelope namespace. */
  public static final String ENVELOPE_NS = "http://schemas.xmlsoap.org/soap/envelope/";

  private SoapCodec() {}

  /**
   * Writes a SOAP 1.1 request envelope.
   *
   * @param request the operation, its parameters and the Header blocks
   * @return the envelope as an XML document
   */
  public static String writeRequest(SoapRequest request) {
    throw new UnsupportedOperationException(
        "TODO apis/soap-envelope: build the Envelope with createElementNS and serialise it");
  }

  /**
   * Reads a SOAP 1.1 response envelope.
   *
   * @param xml the response document
   * @return the Body's response element and its values
   * @throws SoapFaultException when the Body holds a SOAP 1.1 Fault
   * @throws SoapEnvelopeException when the document is refused (see the class comment)
   */
  public static SoapResponse readResponse(String xml)
      throws SoapFaultException, SoapEnvelopeException {
    throw new UnsupportedOperationException(
        "TODO apis/soap-envelope: parse namespace-aware and safely, then read the Body");
  }
}
