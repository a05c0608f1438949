package dev.roadmapkit.apis.soapenvelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

@DisplayName("apis/soap-envelope: SoapCodec")
class SoapCodecTest {

  private static final String ENV = "http://schemas.xmlsoap.org/soap/envelope/";
  private static final String SHOP = "urn:example:shop";
  private static final QName GET_PRICE = new QName(SHOP, "GetPrice");
  private static final SoapResponse PRICE =
      new SoapResponse(
          new QName(SHOP, "GetPriceResponse"),
          linked("sku", "BK-42", "price", "12.50", "currency", "EUR"));

  // --- writing requests ---

  @Test
  @DisplayName(
      "writes Envelope and Body in the SOAP 1.1 namespace, the operation and its parameters in theirs")
  void writesEnvelopeBodyAndOperation() throws Exception {
    String xml =
        SoapCodec.writeRequest(
            new SoapRequest(GET_PRICE, linked("sku", "BK-42", "currency", "EUR")));
    Element envelope = parse(xml).getDocumentElement();
    assertThat(nameOf(envelope))
        .as("the root of the request, as a namespace-aware reader sees it, in:%n%s", xml)
        .isEqualTo("{" + ENV + "}Envelope");
    List<Element> children = elements(envelope);
    assertThat(children)
        .extracting(SoapCodecTest::nameOf)
        .as(
            "a request without Header blocks has only a Body under the Envelope (no empty Header), in:%n%s",
            xml)
        .containsExactly("{" + ENV + "}Body");
    List<Element> operations = elements(children.get(0));
    assertThat(operations)
        .extracting(SoapCodecTest::nameOf)
        .as("the Body holds exactly the operation element, in its own namespace, in:%n%s", xml)
        .containsExactly("{" + SHOP + "}GetPrice");
    List<Element> parameters = elements(operations.get(0));
    assertThat(parameters)
        .extracting(SoapCodecTest::nameOf)
        .as("the parameters, in order and qualified with the operation's namespace, in:%n%s", xml)
        .containsExactly("{" + SHOP + "}sku", "{" + SHOP + "}currency");
    assertThat(parameters)
        .extracting(Node::getTextContent)
        .as("the parameter values as text, in:%n%s", xml)
        .containsExactly("BK-42", "EUR");
  }

  @Test
  @DisplayName("writes the Header blocks, each in its own namespace, before the Body")
  void writesHeaderBlocks() throws Exception {
    Map<QName, String> headers = new LinkedHashMap<>();
    headers.put(new QName("urn:example:trace", "Trace"), "abc-123");
    headers.put(new QName("urn:example:auth", "Token"), "t0k3n");
    String xml =
        SoapCodec.writeRequest(new SoapRequest(GET_PRICE, linked("sku", "BK-42"), headers));
    List<Element> children = elements(parse(xml).getDocumentElement());
    assertThat(children)
        .extracting(SoapCodecTest::nameOf)
        .as("with Header blocks the Envelope holds a Header, then the Body, in:%n%s", xml)
        .containsExactly("{" + ENV + "}Header", "{" + ENV + "}Body");
    List<Element> blocks = elements(children.get(0));
    assertThat(blocks)
        .extracting(SoapCodecTest::nameOf)
        .as("one element per Header block, in order, each with its own namespace, in:%n%s", xml)
        .containsExactly("{urn:example:trace}Trace", "{urn:example:auth}Token");
    assertThat(blocks).extracting(Node::getTextContent).containsExactly("abc-123", "t0k3n");
  }

  @Test
  @DisplayName("escapes markup characters in values: they come back intact")
  void escapesValues() throws Exception {
    String value = "<Tom & \"Jerry\"> 'n' ]]> café";
    String xml = SoapCodec.writeRequest(new SoapRequest(GET_PRICE, linked("note", value)));
    Element operation = elements(elements(parse(xml).getDocumentElement()).get(0)).get(0);
    assertThat(elements(operation))
        .extracting(Node::getTextContent)
        .as("a value with <, &, quotes and ]]> must be escaped by the serializer, in:%n%s", xml)
        .containsExactly(value);
  }

  // --- reading responses ---

  @Test
  @DisplayName("reads a response written with the soap: prefix, skipping whitespace and the Header")
  void readsSoapPrefix() throws Exception {
    assertThat(SoapCodec.readResponse(fixture("price-response-soap.xml")))
        .as("the Body's first element and its children, local name to text")
        .isEqualTo(PRICE);
  }

  @Test
  @DisplayName("reads the same response written with the SOAP-ENV: prefix: prefixes do not matter")
  void readsSoapEnvPrefix() throws Exception {
    assertThat(SoapCodec.readResponse(fixture("price-response-soap-env.xml")))
        .as("SOAP-ENV: is bound to the same namespace as soap:, so this is the same response")
        .isEqualTo(PRICE);
  }

  @Test
  @DisplayName(
      "reads the same response with the envelope namespace as the default one, comments around")
  void readsDefaultNamespace() throws Exception {
    assertThat(SoapCodec.readResponse(fixture("price-response-default-ns.xml")))
        .as(
            "unprefixed Envelope and Body in the default SOAP 1.1 namespace; a comment is no element")
        .isEqualTo(PRICE);
  }

  @Test
  @DisplayName("refuses a soap: prefix bound to another namespace: it is not SOAP")
  void refusesPrefixBoundElsewhere() {
    assertRefused(
        "wrong-namespace-soap-prefix.xml",
        "soap:Envelope there means {urn:example:not-soap}Envelope");
  }

  @Test
  @DisplayName("refuses a SOAP 1.2 envelope: this client speaks SOAP 1.1")
  void refusesSoap12() {
    assertRefused(
        "soap12-response.xml",
        "the SOAP 1.2 namespace http://www.w3.org/2003/05/soap-envelope is another protocol");
  }

  @Test
  @DisplayName("refuses an Envelope without Body, an empty Body and text that is not XML")
  void refusesBrokenEnvelopes() {
    assertRefused("no-body.xml", "an Envelope with only a Header has no answer");
    assertRefused("empty-body.xml", "a Body with only whitespace has no answer");
    Throwable thrown = catchThrowable(() -> SoapCodec.readResponse("<html><body>502 Bad Gateway"));
    assertThat(thrown)
        .as(
            "an HTML error page cut off is not an envelope: a SoapEnvelopeException, got %s",
            thrown)
        .isInstanceOf(SoapEnvelopeException.class);
  }

  // --- faults ---

  @Test
  @DisplayName(
      "turns a Fault into a SoapFaultException, its faultcode resolved to the envelope namespace")
  void readsServerFault() {
    SoapFaultException fault = fault("fault-server.xml");
    assertThat(fault.faultCode())
        .as(
            "faultcode soap:Server is the QName {%s}Server: the prefix resolved, not kept as text",
            ENV)
        .isEqualTo(new QName(ENV, "Server"));
    assertThat(fault.faultString()).as("faultstring").isEqualTo("The price list is being rebuilt");
    assertThat(fault.detail()).as("this Fault has no detail element").isEmpty();
  }

  @Test
  @DisplayName("reads a Fault written with SOAP-ENV: and its detail")
  void readsClientFaultWithDetail() {
    SoapFaultException fault = fault("fault-client-detail.xml");
    assertThat(fault.faultCode())
        .as("faultcode SOAP-ENV:Client resolves to the same namespace as soap:Client")
        .isEqualTo(new QName(ENV, "Client"));
    assertThat(fault.faultString()).isEqualTo("Unknown SKU");
    assertThat(fault.detail()).as("the detail's text content, stripped").hasValue("ZZ-99");
  }

  @Test
  @DisplayName("resolves an application faultcode prefix declared on the Fault element")
  void resolvesApplicationPrefix() {
    SoapFaultException fault = fault("fault-app-code.xml");
    assertThat(fault.faultCode())
        .as("shop: is declared as urn:example:shop-errors on soap:Fault, in scope at faultcode")
        .isEqualTo(new QName("urn:example:shop-errors", "OutOfStock"));
    assertThat(fault.detail()).hasValue("restock expected in 3 days");
  }

  @Test
  @DisplayName("refuses a faultcode whose prefix is declared nowhere")
  void refusesUndeclaredPrefix() {
    assertRefused(
        "fault-undeclared-prefix.xml", "shop: in faultcode is not bound to any namespace");
  }

  // --- security ---

  @Test
  @DisplayName("refuses a DOCTYPE with an external entity: the local file is never read (XXE)")
  void refusesExternalEntity(@TempDir Path dir) throws IOException {
    String secret = "s3cr3t-" + Long.toHexString(0x5eed_cafe_f00dL);
    Path file = Files.writeString(dir.resolve("secret.txt"), secret);
    String xml =
        "<?xml version=\"1.0\"?>\n"
            + "<!DOCTYPE soap:Envelope [<!ENTITY xxe SYSTEM \""
            + file.toUri()
            + "\">]>\n"
            + "<soap:Envelope xmlns:soap=\""
            + ENV
            + "\"><soap:Body><m:GetPriceResponse xmlns:m=\""
            + SHOP
            + "\"><m:sku>&xxe;</m:sku></m:GetPriceResponse></soap:Body></soap:Envelope>";
    Throwable thrown = catchThrowable(() -> SoapCodec.readResponse(xml));
    assertThat(String.valueOf(thrown))
        .as("the file's content must never show up, not even in a message")
        .doesNotContain(secret);
    assertThat(thrown)
        .as(
            "a DOCTYPE must be refused (disallow-doctype-decl) with a SoapEnvelopeException, got %s",
            thrown)
        .isInstanceOf(SoapEnvelopeException.class);
  }

  @Test
  @DisplayName("refuses a billion-laughs entity bomb at once")
  void refusesEntityBomb() {
    assertRefused("billion-laughs.xml", "nested entities would expand to 10^9 'lol's");
  }

  @Test
  @DisplayName(
      "refuses any DOCTYPE, even a harmless internal one: a SOAP message must not have one")
  void refusesInternalDoctype() {
    assertRefused(
        "internal-doctype.xml",
        "SOAP 1.1 forbids a DTD in a message, and disallow-doctype-decl refuses them all");
  }

  // --- over HTTP ---

  @Test
  @DisplayName(
      "over real HTTP: the request is posted as text/xml with SOAPAction, the Fault answer read")
  void roundTripOverHttp() throws Exception {
    AtomicReference<String> received = new AtomicReference<>();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/shop",
        exchange -> {
          try (InputStream in = exchange.getRequestBody()) {
            received.set(new String(in.readAllBytes(), StandardCharsets.UTF_8));
          }
          byte[] answer = fixture("fault-client-detail.xml").getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "text/xml; charset=utf-8");
          exchange.sendResponseHeaders(500, answer.length);
          exchange.getResponseBody().write(answer);
          exchange.close();
        });
    server.start();
    try {
      HttpClient client = HttpClient.newHttpClient();
      URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/shop");
      String envelope = SoapCodec.writeRequest(new SoapRequest(GET_PRICE, linked("sku", "ZZ-99")));
      HttpRequest request =
          HttpRequest.newBuilder(uri)
              .header("Content-Type", "text/xml; charset=utf-8")
              .header("SOAPAction", "\"urn:example:shop#GetPrice\"")
              .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8))
              .build();
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      assertThat(
              nameOf(elements(elements(parse(received.get()).getDocumentElement()).get(0)).get(0)))
          .as("the server received the GetPrice operation inside the Body: %s", received.get())
          .isEqualTo("{" + SHOP + "}GetPrice");
      Throwable thrown = catchThrowable(() -> SoapCodec.readResponse(response.body()));
      assertThat(thrown)
          .as(
              "HTTP %d %s with body:%n%s%nis a SOAP Fault",
              response.statusCode(), response.headers().map(), response.body())
          .isInstanceOf(SoapFaultException.class);
      assertThat(((SoapFaultException) thrown).faultCode()).isEqualTo(new QName(ENV, "Client"));
    } finally {
      server.stop(0);
    }
  }

  // --- helpers ---

  private static void assertRefused(String fixture, String why) {
    Throwable thrown = catchThrowable(() -> SoapCodec.readResponse(fixture(fixture)));
    assertThat(thrown)
        .as(
            "%s must be refused with a SoapEnvelopeException (%s), but got %s",
            fixture, why, thrown)
        .isInstanceOf(SoapEnvelopeException.class);
  }

  private static SoapFaultException fault(String fixture) {
    Throwable thrown = catchThrowable(() -> SoapCodec.readResponse(fixture(fixture)));
    assertThat(thrown)
        .as(
            "%s holds a soap:Fault in the Body: readResponse must throw SoapFaultException, got %s",
            fixture, thrown)
        .isInstanceOf(SoapFaultException.class);
    return (SoapFaultException) thrown;
  }

  private static String fixture(String name) throws IOException {
    try (InputStream in = SoapCodecTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("missing test fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  private static List<Element> elements(Node parent) {
    List<Element> result = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element element) {
        result.add(element);
      }
    }
    return result;
  }

  private static String nameOf(Element element) {
    String ns = element.getNamespaceURI();
    return "{" + (ns == null ? "" : ns) + "}" + element.getLocalName();
  }

  private static Map<String, String> linked(String... keysAndValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
