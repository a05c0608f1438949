package dev.roadmapkit.frontendbasics.corspreflight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Label("frontend-basics/cors-preflight: CorsHandler")
class CorsHandlerTest {

  private static final String APP = "https://app.example.com";
  private static final String ADMIN = "https://admin.example.com:8443";

  /** Fetch standard sections, by name and anchor (section numbers move between editions). */
  private static final String REQUESTS =
      "Fetch standard, CORS protocol, \"HTTP requests\" (" + Browser.SPEC + "#http-requests)";

  private static final String RESPONSES =
      "Fetch standard, CORS protocol, \"HTTP responses\" (" + Browser.SPEC + "#http-responses)";
  private static final String CREDENTIALS =
      "Fetch standard, CORS protocol, \"CORS protocol and credentials\" ("
          + Browser.SPEC
          + "#cors-protocol-and-credentials)";
  private static final String CACHES =
      "Fetch standard, \"CORS protocol and HTTP caches\" ("
          + Browser.SPEC
          + "#cors-protocol-and-http-caches)";
  private static final String SAFELISTED =
      "Fetch standard, \"CORS-safelisted method\" (" + Browser.SPEC + "#cors-safelisted-method)";
  private static final String LIST_SYNTAX =
      "Fetch standard, CORS protocol, \"HTTP new-header syntax\" ("
          + Browser.SPEC
          + "#http-new-header-syntax): Access-Control-Request-Headers = 1#field-name, a list with"
          + " optional whitespace around the commas";

  private static final CorsPolicy POLICY =
      CorsPolicy.origins(APP, ADMIN)
          .withMethods("PUT", "DELETE", "PATCH")
          .withHeaders("Content-Type", "X-Request-Id");

  private static CorsHandler handler(CorsPolicy policy) {
    return new CorsHandler(policy);
  }

  /** The handler's headers for an actual request, names lower-cased (HTTP ignores their case). */
  private static Map<String, String> actual(CorsHandler handler, CorsRequest request) {
    Map<String, String> lower = new TreeMap<>();
    handler
        .actualResponseHeaders(request)
        .forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
    return lower;
  }

  private static CorsRequest preflightRequest(String origin, String method, String headers) {
    return headers == null
        ? CorsRequest.of("OPTIONS", "Origin", origin, "Access-Control-Request-Method", method)
        : CorsRequest.of(
            "OPTIONS",
            "Origin",
            origin,
            "Access-Control-Request-Method",
            method,
            "Access-Control-Request-Headers",
            headers);
  }

  private static void assertAllowed(CorsResponse response, String why) {
    assertThat(response.status())
        .as("%s: an allowed preflight is answered 204 (an ok status, %s)", why, RESPONSES)
        .isEqualTo(204);
    assertThat(response.header("Access-Control-Allow-Origin"))
        .as("%s: an allowed preflight names the origin in Access-Control-Allow-Origin", why)
        .isPresent();
  }

  private static void assertRefused(CorsResponse response, String why) {
    assertThat(response.status()).as("%s: a refused preflight is answered 403", why).isEqualTo(403);
    assertThat(response.headers().keySet())
        .as(
            "%s: a refused preflight carries no Access-Control-* header at all; a browser would"
                + " take any Access-Control-Allow-* as a grant, or cache it (%s)",
            why, RESPONSES)
        .noneMatch(name -> name.toLowerCase().startsWith("access-control-"));
  }

  @Test
  @DisplayName("a preflight is OPTIONS with Origin and Access-Control-Request-Method, nothing else")
  void recognisesPreflights() {
    assertThat(CorsHandler.isPreflight(preflightRequest(APP, "PUT", null)))
        .as("OPTIONS + Origin + Access-Control-Request-Method is a preflight (%s)", REQUESTS)
        .isTrue();
    assertThat(CorsHandler.isPreflight(CorsRequest.of("OPTIONS", "Origin", APP)))
        .as("an OPTIONS without Access-Control-Request-Method is an ordinary OPTIONS request")
        .isFalse();
    assertThat(
            CorsHandler.isPreflight(
                CorsRequest.of("OPTIONS", "Access-Control-Request-Method", "PUT")))
        .as("an OPTIONS without Origin is not a CORS request at all")
        .isFalse();
    assertThat(
            CorsHandler.isPreflight(
                CorsRequest.of("PUT", "Origin", APP, "Access-Control-Request-Method", "PUT")))
        .as("only OPTIONS can be a preflight; this PUT is the actual request")
        .isFalse();
  }

  @Test
  @DisplayName("an allowed preflight is 204 and echoes the origin, the method and the headers")
  void allowedPreflight() {
    CorsResponse response =
        handler(POLICY).preflight(preflightRequest(APP, "PUT", "content-type,x-request-id"));

    assertAllowed(response, "PUT with content-type and x-request-id from " + APP);
    Map<String, String> headers = Browser.headers(response.headers());
    assertThat(headers.get("Access-Control-Allow-Origin"))
        .as("a policy with a list answers with the request's origin itself (%s)", RESPONSES)
        .isEqualTo(APP);
    assertThat(headers.get("Access-Control-Allow-Methods"))
        .as("Access-Control-Allow-Methods is the requested method")
        .isEqualTo("PUT");
    assertThat(headers.get("Access-Control-Allow-Headers"))
        .as("Access-Control-Allow-Headers is the requested names, in order, joined by \", \"")
        .isEqualTo("content-type, x-request-id");
    assertThat(headers)
        .as("without credentials or max age in the policy, neither header is sent")
        .doesNotContainKeys("Access-Control-Allow-Credentials", "Access-Control-Max-Age");
    assertThat(
            Browser.preflightFailure(
                response.status(),
                response.headers(),
                APP,
                false,
                "PUT",
                List.of("content-type", "x-request-id")))
        .as("a browser would send the PUT after this answer")
        .isEmpty();

    CorsResponse second = handler(POLICY).preflight(preflightRequest(ADMIN, "DELETE", null));
    assertAllowed(second, "DELETE without extra headers from " + ADMIN);
    assertThat(second.header("Access-Control-Allow-Origin"))
        .as("each allowed origin gets its own value back, port included")
        .contains(ADMIN);
    assertThat(second.header("Access-Control-Allow-Headers"))
        .as("no Access-Control-Request-Headers means no Access-Control-Allow-Headers")
        .isEmpty();
  }

  @Test
  @DisplayName("origins match exactly: no prefix, suffix, scheme, port or substring look-alike")
  void originsMatchExactly() {
    for (String lookalike :
        List.of(
            "https://app.example.com.evil.test",
            "https://app.example.community",
            "https://evil-app.example.com",
            "https://evilapp.example.com",
            "http://app.example.com",
            "https://app.example.com:8443",
            "https://admin.example.com",
            "https://app.example",
            "https://example.com",
            "null")) {
      assertRefused(
          handler(POLICY).preflight(preflightRequest(lookalike, "PUT", null)),
          "Origin \""
              + lookalike
              + "\" against the list "
              + POLICY.allowedOrigins()
              + ": an origin is allowed only when it equals a listed one character for character");
      assertThat(actual(handler(POLICY), CorsRequest.of("GET", "Origin", lookalike)))
          .as(
              "the response to a GET from the look-alike origin \"%s\" must not carry"
                  + " Access-Control-Allow-Origin",
              lookalike)
          .doesNotContainKey("access-control-allow-origin");
    }
  }

  /** Origins a careless matcher confuses with an allowed one. */
  @Provide
  Arbitrary<String> lookalikes() {
    Arbitrary<String> label =
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6);
    return Arbitraries.oneOf(
        label.map(l -> APP + "." + l),
        label.map(l -> APP + l),
        label.map(l -> "https://" + l + "app.example.com"),
        label.map(l -> "https://" + l + ".app.example.com"),
        label.map(l -> "https://" + l + "-app.example.com"),
        Arbitraries.integers().between(1, 65535).filter(p -> p != 443).map(p -> APP + ":" + p),
        Arbitraries.of("http", "ws", "wss", "ftp").map(s -> s + "://app.example.com"),
        Arbitraries.integers().between(1, APP.length() - 1).map(n -> APP.substring(0, n)));
  }

  @Property(tries = 200)
  @Label("no look-alike of an allowed origin is ever granted")
  void lookalikesNeverGranted(@ForAll("lookalikes") String origin) {
    CorsHandler handler = handler(POLICY);
    assertThat(handler.preflight(preflightRequest(origin, "PUT", null)).headers())
        .as(
            "preflight from \"%s\", which is not \"%s\": origins are compared by exact equality"
                + " (%s)",
            origin, APP, RESPONSES)
        .doesNotContainKey("access-control-allow-origin");
    assertThat(actual(handler, CorsRequest.of("GET", "Origin", origin)))
        .as("actual GET from \"%s\", which is not \"%s\"", origin, APP)
        .doesNotContainKey("access-control-allow-origin");
  }

  @Test
  @DisplayName("a refused preflight (origin, method or header) gets no Access-Control-Allow-*")
  void refusedPreflights() {
    CorsHandler handler = handler(POLICY.withCredentials().withMaxAge(Duration.ofMinutes(5)));
    assertRefused(
        handler.preflight(preflightRequest("https://evil.test", "PUT", "content-type")),
        "an origin that is not listed");
    assertRefused(
        handler.preflight(preflightRequest(APP, "OPTIONS", null)),
        "method OPTIONS, which the policy does not list (it lists PUT, DELETE, PATCH)");
    assertRefused(
        handler.preflight(preflightRequest(APP, "PUT", "content-type, x-secret")),
        "header x-secret, which the policy does not list (it lists Content-Type, X-Request-Id)");
  }

  @Test
  @DisplayName("the methods GET, HEAD and POST are CORS-safelisted: allowed without being listed")
  void safelistedMethods() {
    CorsHandler handler = handler(CorsPolicy.origins(APP).withHeaders("Content-Type"));
    for (String method : List.of("GET", "HEAD", "POST")) {
      CorsResponse response = handler.preflight(preflightRequest(APP, method, "content-type"));
      assertAllowed(
          response,
          method
              + " with content-type, under a policy that lists no method: "
              + method
              + " is a CORS-safelisted method ("
              + SAFELISTED
              + "), which a browser allows whatever Access-Control-Allow-Methods says");
    }
    assertRefused(
        handler.preflight(preflightRequest(APP, "PUT", null)),
        "PUT under a policy that lists no method: only GET, HEAD and POST are safelisted");
    assertRefused(
        handler(POLICY).preflight(preflightRequest(APP, "patch", null)),
        "\"patch\" when the policy lists \"PATCH\": methods are case-sensitive, and a browser"
            + " compares them exactly");
  }

  @Test
  @DisplayName("requested header names match the policy's without regard to case")
  void headerNamesIgnoreCase() {
    for (String requested :
        List.of("content-type", "Content-Type", "CONTENT-TYPE", "x-request-id", "X-REQUEST-ID")) {
      CorsResponse response = handler(POLICY).preflight(preflightRequest(APP, "PUT", requested));
      assertAllowed(
          response,
          "Access-Control-Request-Headers: "
              + requested
              + " under a policy listing Content-Type and X-Request-Id: header names are"
              + " case-insensitive, and browsers send them lower-cased");
      assertThat(response.header("Access-Control-Allow-Headers"))
          .as("the allowed names echo the requested %s", requested)
          .contains(requested);
    }
  }

  @Test
  @DisplayName("Access-Control-Request-Headers is a list: commas, spaces, tabs, empty elements")
  void requestHeadersList() {
    for (String list :
        List.of(
            "content-type,x-request-id",
            "content-type, x-request-id",
            "  content-type ,\tx-request-id\t",
            "content-type,,x-request-id,",
            ", content-type , , x-request-id")) {
      CorsResponse response = handler(POLICY).preflight(preflightRequest(APP, "PUT", list));
      assertAllowed(
          response, "Access-Control-Request-Headers: \"" + list + "\" (" + LIST_SYNTAX + ")");
      assertThat(response.header("Access-Control-Allow-Headers"))
          .as(
              "\"%s\" names content-type and x-request-id: trim each element, skip empty ones",
              list)
          .contains("content-type, x-request-id");
    }
    assertAllowed(
        handler(POLICY).preflight(preflightRequest(APP, "PUT", "")),
        "an empty Access-Control-Request-Headers names no header");
    assertRefused(
        handler(POLICY)
            .preflight(preflightRequest(APP, "PUT", "content-type, x-other, x-request-id")),
        "x-other in the middle of the list is not allowed: every name must be");
    assertRefused(
        handler(POLICY).preflight(preflightRequest(APP, "PUT", "content-type x-request-id")),
        "\"content-type x-request-id\" is one (invalid) name, not two: only commas separate");
  }

  @Test
  @DisplayName("credentials: Access-Control-Allow-Credentials: true, and never with *")
  void credentials() {
    CorsHandler handler = handler(POLICY.withCredentials());
    CorsResponse response = handler.preflight(preflightRequest(APP, "PUT", null));
    assertAllowed(response, "PUT from " + APP + " under a policy with credentials");
    assertThat(response.header("Access-Control-Allow-Credentials"))
        .as(
            "a policy with credentials answers Access-Control-Allow-Credentials: true (%s)",
            CREDENTIALS)
        .contains("true");
    Map<String, String> actual =
        actual(handler, CorsRequest.of("GET", "Origin", APP, "Cookie", "sid=1"));
    assertThat(Browser.corsCheckFailure(actual, APP, true))
        .as("a credentialed GET from %s must be readable: %s", APP, CREDENTIALS)
        .isEmpty();
    assertThat(Browser.headers(actual).get("Access-Control-Allow-Credentials"))
        .as("actual responses to allowed origins carry Access-Control-Allow-Credentials: true too")
        .isEqualTo("true");
    assertThat(actual(handler(POLICY), CorsRequest.of("GET", "Origin", APP)))
        .as("without credentials in the policy, no Access-Control-Allow-Credentials at all")
        .doesNotContainKey("access-control-allow-credentials");
    assertThat(actual(handler, CorsRequest.of("GET", "Origin", "https://evil.test")))
        .as("a refused origin gets no Access-Control-Allow-Credentials either")
        .doesNotContainKey("access-control-allow-credentials");

    assertThat(catchThrowable(() -> handler(CorsPolicy.origins("*").withCredentials())))
        .as(
            "a policy allowing any origin (\"*\") with credentials must be refused when the handler"
                + " is made: browsers reject * on credentialed requests (%s), and reflecting every"
                + " origin instead would let any site read your users' data",
            CREDENTIALS)
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("the origin null is never allowed: a policy that lists it is refused")
  void nullOrigin() {
    assertThat(catchThrowable(() -> handler(CorsPolicy.origins(APP, "null"))))
        .as(
            "a policy listing the origin \"null\" must be refused: sandboxed iframes, file: pages"
                + " and redirected requests all send Origin: null (Fetch standard, \"Origin\""
                + " header, %s#origin-header), so allowing it allows anyone",
            Browser.SPEC)
        .isInstanceOf(IllegalArgumentException.class);
    CorsHandler handler = handler(POLICY);
    assertRefused(handler.preflight(preflightRequest("null", "PUT", null)), "Origin: null");
    assertThat(actual(handler, CorsRequest.of("GET", "Origin", "null")))
        .as("a GET with Origin: null under a list gets no Access-Control-Allow-Origin")
        .doesNotContainKey("access-control-allow-origin");
  }

  @Test
  @DisplayName("Access-Control-Max-Age is the policy's max age in seconds, on allowed preflights")
  void maxAge() {
    CorsHandler handler = handler(POLICY.withMaxAge(Duration.ofMinutes(10).plusMillis(999)));
    CorsResponse response = handler.preflight(preflightRequest(APP, "PUT", null));
    assertAllowed(response, "PUT from " + APP);
    assertThat(response.header("Access-Control-Max-Age"))
        .as("a max age of 10 minutes (and 999 ms) is sent as whole seconds: 600 (%s)", RESPONSES)
        .contains("600");
    assertThat(actual(handler, CorsRequest.of("PUT", "Origin", APP)))
        .as("Access-Control-Max-Age belongs to preflights only, not to actual responses")
        .doesNotContainKeys("access-control-max-age", "access-control-allow-methods");
  }

  @Test
  @DisplayName("actual responses get Access-Control-Allow-Origin only for an allowed origin")
  void actualResponses() {
    CorsHandler handler = handler(POLICY);
    Map<String, String> allowed =
        Browser.headers(actual(handler, CorsRequest.of("PUT", "Origin", APP)));
    assertThat(allowed.get("Access-Control-Allow-Origin"))
        .as("the actual PUT from %s: the page reads the response only if it names its origin", APP)
        .isEqualTo(APP);
    assertThat(Browser.corsCheckFailure(allowed, APP, false))
        .as("the browser's CORS check")
        .isEmpty();
    assertThat(actual(handler, CorsRequest.of("GET", "Origin", "https://evil.test")))
        .as("an origin that is not listed: nothing but Vary (the application still answers)")
        .containsOnlyKeys("vary");
    assertThat(actual(handler, CorsRequest.of("GET")))
        .as("a request without Origin is not a CORS request: nothing but Vary")
        .containsOnlyKeys("vary");
    assertThat(
            Browser.headers(actual(handler, CorsRequest.of("OPTIONS", "Origin", APP)))
                .get("Access-Control-Allow-Origin"))
        .as("an OPTIONS without Access-Control-Request-Method is an actual request like any other")
        .isEqualTo(APP);
  }

  private static void assertVaryOrigin(Map<String, String> headers, String what) {
    String vary = Browser.headers(headers).get("Vary");
    assertThat(vary == null ? List.<String>of() : List.of(vary.split("\\s*,\\s*")))
        .as(
            "%s: under a list of origins the answer depends on Origin, so it must carry Vary:"
                + " Origin, or a shared cache serves one origin's answer (or refusal) to another"
                + " (%s)",
            what, CACHES)
        .anyMatch(token -> token.equalsIgnoreCase("Origin"));
  }

  @Test
  @DisplayName("Vary: Origin on every answer that depends on the origin, granted or refused")
  void varyOrigin() {
    CorsHandler handler = handler(POLICY);
    assertVaryOrigin(
        handler.preflight(preflightRequest(APP, "PUT", null)).headers(), "an allowed preflight");
    assertVaryOrigin(
        handler.preflight(preflightRequest("https://evil.test", "PUT", null)).headers(),
        "a preflight refused for its origin");
    assertVaryOrigin(
        handler.preflight(preflightRequest(APP, "CONNECT", null)).headers(),
        "a preflight refused for its method");
    assertVaryOrigin(
        actual(handler, CorsRequest.of("GET", "Origin", APP)),
        "an actual response to an allowed origin");
    assertVaryOrigin(
        actual(handler, CorsRequest.of("GET", "Origin", "https://evil.test")),
        "an actual response to a refused origin");
    assertVaryOrigin(
        actual(handler, CorsRequest.of("GET")),
        "an actual response to a request without Origin (a cache may store it and serve it to"
            + " a CORS request later)");
  }

  @Test
  @DisplayName("any origin: always Access-Control-Allow-Origin: *, even without Origin, no Vary")
  void anyOrigin() {
    CorsHandler handler = handler(CorsPolicy.origins("*").withMethods("PUT").withHeaders("X-Id"));
    for (String origin : List.of(APP, "https://evil.test", "null")) {
      CorsResponse response = handler.preflight(preflightRequest(origin, "PUT", "x-id"));
      assertAllowed(response, "PUT from " + origin + " under a policy allowing any origin");
      assertThat(response.header("Access-Control-Allow-Origin"))
          .as(
              "a policy allowing any origin answers exactly \"*\", not the reflected origin \"%s\""
                  + " (%s)",
              origin, RESPONSES)
          .contains("*");
      assertThat(response.headers())
          .as("under \"*\" the answer does not depend on the origin: no Vary (%s)", CACHES)
          .doesNotContainKey("vary");
      assertThat(actual(handler, CorsRequest.of("GET", "Origin", origin)))
          .as(
              "an actual GET from %s under \"*\" gets exactly Access-Control-Allow-Origin: * and"
                  + " no Vary",
              origin)
          .isEqualTo(Map.of("access-control-allow-origin", "*"));
    }
    assertThat(actual(handler, CorsRequest.of("GET")))
        .as(
            "under \"*\" send Access-Control-Allow-Origin: * even without Origin, so a cached copy"
                + " serves CORS requests too (%s)",
            CACHES)
        .isEqualTo(Map.of("access-control-allow-origin", "*"));
    assertRefused(
        handler.preflight(preflightRequest(APP, "DELETE", null)),
        "DELETE under a policy allowing any origin but only the method PUT");
    assertThat(handler.preflight(preflightRequest(APP, "DELETE", null)).headers())
        .as("a refusal under \"*\" does not depend on the origin either: no Vary")
        .doesNotContainKey("vary");
  }
}
