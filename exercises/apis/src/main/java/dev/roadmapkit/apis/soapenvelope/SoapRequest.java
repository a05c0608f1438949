package dev.roadmapkit.apis.soapenvelope;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.xml.namespace.QName;

/**
 * A SOAP 1.1 request: the operation element of the Body, its parameters and the Header blocks.
 *
 * @param operation the qualified name of the Body's operation element; its namespace must not be
 *     empty
 * @param parameters the operation's child elements in order: local name (in the operation's
 *     namespace) to text content
 * @param headers the Header blocks in order: qualified name (namespace not empty) to text content;
 *     empty for a request without a Header
 */
public record SoapRequest(
    QName operation, Map<String, String> parameters, Map<QName, String> headers) {

  public SoapRequest {
    Objects.requireNonNull(operation, "operation");
    if (operation.getNamespaceURI().isEmpty()) {
      throw new IllegalArgumentException("the operation needs a namespace: " + operation);
    }
    for (QName header : headers.keySet()) {
      if (header.getNamespaceURI().isEmpty()) {
        throw new IllegalArgumentException("a header block needs a namespace: " + header);
      }
    }
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  /** A request without Header blocks. */
  public SoapRequest(QName operation, Map<String, String> parameters) {
    this(operation, parameters, Map.of());
  }
}
