package dev.roadmapkit.frontendbasics.corspreflight;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a browser does with a CORS answer, written from the Fetch standard's algorithms (4.8
 * CORS-preflight fetch, 4.10 CORS check), so a test can say why a page would be blocked.
 */
final class Browser {

  static final String SPEC = "https://fetch.spec.whatwg.org/";

  private Browser() {}

  /** Case-insensitive view of response headers, as browsers read them. */
  static Map<String, String> headers(Map<String, String> raw) {
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.putAll(raw);
    return headers;
  }

  /**
   * Fetch 4.10 "CORS check": why a browser would refuse to share this response with a page of
   * {@code origin}, or empty when it shares it.
   */
  static Optional<String> corsCheckFailure(
      Map<String, String> responseHeaders, String origin, boolean credentials) {
    Map<String, String> headers = headers(responseHeaders);
    String allowOrigin = headers.get("Access-Control-Allow-Origin");
    if (allowOrigin == null) {
      return Optional.of("the response has no Access-Control-Allow-Origin (Fetch 4.10 CORS check)");
    }
    if (!credentials && allowOrigin.equals("*")) {
      return Optional.empty();
    }
    if (!allowOrigin.equals(origin)) {
      return Optional.of(
          "Access-Control-Allow-Origin is \""
              + allowOrigin
              + "\", not the page's origin \""
              + origin
              + "\""
              + (allowOrigin.equals("*")
                  ? " (\"*\" never counts for a request with credentials)"
                  : "")
              + " (Fetch 4.10 CORS check)");
    }
    if (credentials && !"true".equals(headers.get("Access-Control-Allow-Credentials"))) {
      return Optional.of(
          "the request has credentials but Access-Control-Allow-Credentials is not \"true\""
              + " (Fetch 4.10 CORS check)");
    }
    return Optional.empty();
  }

  /**
   * Fetch 4.8 "CORS-preflight fetch": why a browser would refuse to send {@code method} with {@code
   * requestHeaders} after this preflight answer, or empty when it goes ahead.
   */
  static Optional<String> preflightFailure(
      int status,
      Map<String, String> responseHeaders,
      String origin,
      boolean credentials,
      String method,
      List<String> requestHeaders) {
    Optional<String> cors = corsCheckFailure(responseHeaders, origin, credentials);
    if (cors.isPresent()) {
      return cors;
    }
    if (status < 200 || status > 299) {
      return Optional.of("the preflight status " + status + " is not an ok status (Fetch 4.8)");
    }
    Map<String, String> headers = headers(responseHeaders);
    List<String> methods = list(headers.getOrDefault("Access-Control-Allow-Methods", ""));
    if (!methods.contains(method)
        && !Set.of("GET", "HEAD", "POST").contains(method)
        && (credentials || !methods.contains("*"))) {
      return Optional.of(
          "Access-Control-Allow-Methods "
              + methods
              + " does not contain "
              + method
              + " (Fetch 4.8)");
    }
    List<String> allowed = new ArrayList<>();
    for (String name : list(headers.getOrDefault("Access-Control-Allow-Headers", ""))) {
      allowed.add(name.toLowerCase(Locale.ROOT));
    }
    for (String name : requestHeaders) {
      if (!allowed.contains(name.toLowerCase(Locale.ROOT))
          && (credentials || !allowed.contains("*"))) {
        return Optional.of(
            "Access-Control-Allow-Headers "
                + allowed
                + " does not contain the request header "
                + name
                + " (Fetch 4.8)");
      }
    }
    return Optional.empty();
  }

  private static List<String> list(String value) {
    List<String> items = new ArrayList<>();
    for (String item : value.split(",")) {
      if (!item.isBlank()) {
        items.add(item.strip());
      }
    }
    return items;
  }
}
