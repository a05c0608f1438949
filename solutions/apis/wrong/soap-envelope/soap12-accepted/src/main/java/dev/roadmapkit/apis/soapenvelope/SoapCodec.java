package dev.roadmapkit.apis.soapenvelope;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Exercise {@code apis/soap-envelope}: SOAP 1.1 envelopes with the JDK's XML APIs.
 *
 * <p>Key idea: XML names are (namespace URI, local name) pairs; prefixes are only local
 * abbreviations, so both the writer ({@code createElementNS}) and the reader ({@code
 * getNamespaceURI()} + {@code getLocalName()} on a namespace-aware DOM) work with the pair, and a
 * QName inside text ({@code faultcode}) is resolved against the declarations in scope where it
 * appears. The parser refuses every DOCTYPE: SOAP forbids them, and that one switch closes both
 * external entities (XXE) and entity bombs. The trade-off: DOM holds the whole message in memory,
 * fine for envelopes of a few kilobytes, not for streaming large attachments (StAX would).
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
    Document doc = newBuilder().newDocument();
    Element envelope = doc.createElementNS(ENVELOPE_NS, "soap:Envelope");
    doc.appendChild(envelope);
    if (!request.headers().isEmpty()) {
      Element header = doc.createElementNS(ENVELOPE_NS, "soap:Header");
      envelope.appendChild(header);
      request
          .headers()
          .forEach(
              (name, value) -> {
                Element block =
                    doc.createElementNS(name.getNamespaceURI(), "h:" + name.getLocalPart());
                block.setTextContent(value);
                header.appendChild(block);
              });
    }
    Element body = doc.createElementNS(ENVELOPE_NS, "soap:Body");
    envelope.appendChild(body);
    String ns = request.operation().getNamespaceURI();
    Element operation = doc.createElementNS(ns, "m:" + request.operation().getLocalPart());
    body.appendChild(operation);
    request
        .parameters()
        .forEach(
            (name, value) -> {
              Element parameter = doc.createElementNS(ns, "m:" + name);
              parameter.setTextContent(value);
              operation.appendChild(parameter);
            });
    try {
      StringWriter out = new StringWriter();
      TransformerFactory.newInstance()
          .newTransformer()
          .transform(new DOMSource(doc), new StreamResult(out));
      return out.toString();
    } catch (TransformerException e) {
      throw new IllegalStateException("cannot serialise the envelope", e);
    }
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
    Document doc;
    try {
      doc = newBuilder().parse(new InputSource(new StringReader(xml)));
    } catch (SAXException | IOException e) {
      // The parser's message names the rule broken (a DOCTYPE, a bad tag), never entity content.
      throw new SoapEnvelopeException("not an acceptable XML document: " + e.getMessage(), e);
    }
    Element envelope = doc.getDocumentElement();
    if (!isEnvelopeElement(envelope, "Envelope")) {
      throw new SoapEnvelopeException(
          "the root is " + name(envelope) + ", not {" + ENVELOPE_NS + "}Envelope");
    }
    Element body = null;
    for (Element child = firstElement(envelope); child != null; child = nextElement(child)) {
      if (isEnvelopeElement(child, "Body")) {
        body = child;
        break;
      }
    }
    if (body == null) {
      throw new SoapEnvelopeException("the Envelope has no Body");
    }
    Element answer = firstElement(body);
    if (answer == null) {
      throw new SoapEnvelopeException("the Body is empty");
    }
    if (isEnvelopeElement(answer, "Fault")) {
      throw fault(answer);
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (Element child = firstElement(answer); child != null; child = nextElement(child)) {
      values.put(child.getLocalName(), child.getTextContent());
    }
    return new SoapResponse(name(answer), values);
  }

  private static SoapFaultException fault(Element fault) throws SoapEnvelopeException {
    Element code = unqualifiedChild(fault, "faultcode");
    Element string = unqualifiedChild(fault, "faultstring");
    if (code == null || string == null) {
      throw new SoapEnvelopeException("a Fault needs a faultcode and a faultstring");
    }
    String text = code.getTextContent().strip();
    int colon = text.indexOf(':');
    String prefix = colon < 0 ? null : text.substring(0, colon);
    String namespace = code.lookupNamespaceURI(prefix);
    if (namespace == null && prefix != null) {
      throw new SoapEnvelopeException("the faultcode prefix '" + prefix + "' is not declared");
    }
    QName faultCode = new QName(namespace == null ? "" : namespace, text.substring(colon + 1));
    Element detail = unqualifiedChild(fault, "detail");
    return new SoapFaultException(
        faultCode,
        string.getTextContent(),
        Optional.ofNullable(detail).map(d -> d.getTextContent().strip()));
  }

  private static Element unqualifiedChild(Element parent, String localName) {
    for (Element child = firstElement(parent); child != null; child = nextElement(child)) {
      if (child.getNamespaceURI() == null && localName.equals(child.getLocalName())) {
        return child;
      }
    }
    return null;
  }

  private static boolean isEnvelopeElement(Element element, String localName) {
    return (ENVELOPE_NS.equals(element.getNamespaceURI())
            || "http://www.w3.org/2003/05/soap-envelope".equals(element.getNamespaceURI()))
        && localName.equals(element.getLocalName());
  }

  private static QName name(Element element) {
    String ns = element.getNamespaceURI();
    return new QName(ns == null ? "" : ns, element.getLocalName());
  }

  private static Element firstElement(Node parent) {
    return elementFrom(parent.getFirstChild());
  }

  private static Element nextElement(Node node) {
    return elementFrom(node.getNextSibling());
  }

  private static Element elementFrom(Node node) {
    Node current = node;
    while (current != null && current.getNodeType() != Node.ELEMENT_NODE) {
      current = current.getNextSibling();
    }
    return (Element) current;
  }

  private static DocumentBuilder newBuilder() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      return factory.newDocumentBuilder();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser lacks a required feature", e);
    }
  }
}
