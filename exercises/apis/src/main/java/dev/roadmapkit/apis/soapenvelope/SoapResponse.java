package dev.roadmapkit.apis.soapenvelope;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.xml.namespace.QName;

/**
 * A SOAP 1.1 response that is not a Fault.
 *
 * @param operation the qualified name of the Body's first element (the response element)
 * @param values its child elements in document order: local name to text content, as written
 */
public record SoapResponse(QName operation, Map<String, String> values) {

  public SoapResponse {
    Objects.requireNonNull(operation, "operation");
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }
}
