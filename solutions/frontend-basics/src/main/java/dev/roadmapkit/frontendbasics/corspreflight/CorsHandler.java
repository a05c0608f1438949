package dev.roadmapkit.frontendbasics.corspreflight;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Exercise {@code frontend-basics/cors-preflight}: the server's half of the CORS protocol.
 *
 * <p>Key idea: decide first, then write. One method answers "is this origin allowed?" by exact
 * string equality (an origin is a serialization, not a pattern), and nothing starting with {@code
 * Access-Control-Allow-} is written until the whole preflight (origin, method, every header) has
 * been accepted; {@code Vary: Origin} is written before that decision, because a refusal depends on
 * the origin as much as a grant does. The trade-off: echoing the requested method and headers keeps
 * the policy's full lists private but makes each preflight answer specific to its request.
 */
public final class CorsHandler {

  private static final Set<String> SAFELISTED_METHODS = Set.of("GET", "HEAD", "POST");

  private final CorsPolicy policy;

  /**
   * A handler for {@code policy}.
   *
   * @throws IllegalArgumentException when the policy allows any origin together with credentials,
   *     or lists the origin {@code null}
   */
  public CorsHandler(CorsPolicy policy) {
    if (policy.anyOrigin() && policy.allowCredentials()) {
      throw new IllegalArgumentException(
          "a policy cannot allow any origin (\"*\") together with credentials: browsers refuse"
              + " \"*\" on credentialed requests, and every site could read your users' data");
    }
    if (policy.allowedOrigins().contains("null")) {
      throw new IllegalArgumentException(
          "a policy must not list the origin \"null\": every sandboxed frame and file: page sends"
              + " it");
    }
    this.policy = policy;
  }

  /**
   * True for a CORS preflight: {@code OPTIONS} with {@code Origin} and {@code
   * Access-Control-Request-Method}.
   */
  public static boolean isPreflight(CorsRequest request) {
    return request.method().equals("OPTIONS")
        && request.header("Origin").isPresent()
        && request.header("Access-Control-Request-Method").isPresent();
  }

  /** The answer to a preflight request (one {@link #isPreflight} accepts): 204 or 403. */
  public CorsResponse preflight(CorsRequest request) {
    Map<String, String> headers = new LinkedHashMap<>();
    varyOnOrigin(headers);
    String method = request.header("Access-Control-Request-Method").orElse("");
    List<String> requestedHeaders =
        parseList(request.header("Access-Control-Request-Headers").orElse(""));
    Optional<String> allowOrigin = allowOrigin(request);
    if (allowOrigin.isEmpty() || !methodAllowed(method) || !headersAllowed(requestedHeaders)) {
      return new CorsResponse(403, headers);
    }
    headers.put("Access-Control-Allow-Origin", allowOrigin.get());
    if (policy.allowCredentials()) {
      headers.put("Access-Control-Allow-Credentials", "true");
    }
    headers.put("Access-Control-Allow-Methods", method);
    if (!requestedHeaders.isEmpty()) {
      headers.put("Access-Control-Allow-Headers", String.join(", ", requestedHeaders));
    }
    policy
        .maxAge()
        .ifPresent(age -> headers.put("Access-Control-Max-Age", Long.toString(age.toSeconds())));
    return new CorsResponse(204, headers);
  }

  /** The CORS headers to add to the application's response to an actual (non-preflight) request. */
  public Map<String, String> actualResponseHeaders(CorsRequest request) {
    Map<String, String> headers = new LinkedHashMap<>();
    varyOnOrigin(headers);
    if (policy.anyOrigin()) {
      // The same answer for every request, CORS or not, so caches may share it.
      headers.put("Access-Control-Allow-Origin", "*");
      return Map.copyOf(headers);
    }
    allowOrigin(request)
        .ifPresent(
            origin -> {
              headers.put("Access-Control-Allow-Origin", origin);
              if (policy.allowCredentials()) {
                headers.put("Access-Control-Allow-Credentials", "true");
              }
            });
    return Map.copyOf(headers);
  }

  private void varyOnOrigin(Map<String, String> headers) {
    if (!policy.anyOrigin()) {
      headers.put("Vary", "Origin");
    }
  }

  /** The value of Access-Control-Allow-Origin for this request, if its origin is allowed. */
  private Optional<String> allowOrigin(CorsRequest request) {
    Optional<String> origin = request.header("Origin");
    if (origin.isEmpty()) {
      return Optional.empty();
    }
    if (policy.anyOrigin()) {
      return Optional.of("*");
    }
    // Exact equality: startsWith, endsWith or a regex with an unescaped dot let in look-alikes.
    return policy.allowedOrigins().contains(origin.get()) ? origin : Optional.empty();
  }

  private boolean methodAllowed(String method) {
    return SAFELISTED_METHODS.contains(method) || policy.allowedMethods().contains(method);
  }

  private boolean headersAllowed(List<String> requested) {
    for (String name : requested) {
      boolean found = false;
      for (String allowed : policy.allowedHeaders()) {
        found |= allowed.equalsIgnoreCase(name);
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  /** A comma-separated header list: elements trimmed of spaces and tabs, empty ones skipped. */
  private static List<String> parseList(String value) {
    List<String> names = new ArrayList<>();
    for (String element : value.split(",", -1)) {
      String name = element.strip();
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    return names;
  }
}
