package dev.roadmapkit.frontendbasics.corspreflight;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * End to end: your CorsHandler in front of a small API on a real HTTP server (the JDK's {@code
 * com.sun.net.httpserver}) on 127.0.0.1 and an ephemeral port, called with {@code
 * java.net.http.HttpClient} the way a browser would: a preflight first, then the actual request.
 */
@DisplayName("frontend-basics/cors-preflight: CorsHandler behind a real HTTP server")
class CorsOverHttpTest {

  private static final String APP = "https://app.example.com";
  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
  private HttpServer server;

  @BeforeEach
  void start() throws IOException {
    CorsHandler cors =
        new CorsHandler(
            CorsPolicy.origins(APP)
                .withMethods("PUT")
                .withHeaders("Content-Type", "X-Request-Id")
                .withCredentials()
                .withMaxAge(Duration.ofMinutes(10)));
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/api/items", exchange -> serve(cors, exchange));
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  /** The API: CORS first, then the application's own answer; a thrown exception is a 500. */
  private static void serve(CorsHandler cors, HttpExchange exchange) throws IOException {
    try {
      answer(cors, exchange);
    } catch (RuntimeException e) {
      byte[] body = ("your CorsHandler threw " + e).getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(500, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    } finally {
      exchange.close();
    }
  }

  private static void answer(CorsHandler cors, HttpExchange exchange) throws IOException {
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
    CorsRequest request = new CorsRequest(exchange.getRequestMethod(), headers);
    if (CorsHandler.isPreflight(request)) {
      CorsResponse answer = cors.preflight(request);
      answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
      exchange.sendResponseHeaders(answer.status(), -1);
      return;
    }
    cors.actualResponseHeaders(request)
        .forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
    byte[] body = "{\"items\":[1,2,3]}".getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private HttpResponse<String> send(String method, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/items"))
            .timeout(TIMEOUT)
            .method(method, HttpRequest.BodyPublishers.noBody());
    if (headers.length > 0) {
      request.headers(headers);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The response's headers as one value per name (the first), names in any case. */
  private static Map<String, String> headersOf(HttpResponse<?> response) {
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    response.headers().map().forEach((name, values) -> headers.put(name, values.get(0)));
    return headers;
  }

  @Test
  @DisplayName("a browser's preflight, then its credentialed PUT, both succeed over the wire")
  void preflightThenActualRequest() throws Exception {
    HttpResponse<String> preflight =
        send(
            "OPTIONS",
            "Origin",
            APP,
            "Access-Control-Request-Method",
            "PUT",
            "Access-Control-Request-Headers",
            "content-type,x-request-id");
    assertThat(
            Browser.preflightFailure(
                preflight.statusCode(),
                headersOf(preflight),
                APP,
                true,
                "PUT",
                List.of("content-type", "x-request-id")))
        .as(
            "the preflight answer over HTTP (status %d, headers %s, body \"%s\") must let a"
                + " browser send a credentialed PUT with content-type and x-request-id (Fetch 4.8"
                + " CORS-preflight fetch)",
            preflight.statusCode(), headersOf(preflight), preflight.body())
        .isEmpty();
    assertThat(preflight.headers().firstValue("Access-Control-Max-Age"))
        .as("the browser may cache this preflight for the policy's 10 minutes")
        .contains("600");

    HttpResponse<String> put =
        send("PUT", "Origin", APP, "Content-Type", "application/json", "X-Request-Id", "42");
    assertThat(put.statusCode())
        .as("the API itself answers the PUT (body \"%s\")", put.body())
        .isEqualTo(200);
    assertThat(Browser.corsCheckFailure(headersOf(put), APP, true))
        .as(
            "the page must be allowed to read the PUT's response (headers %s; Fetch 4.10 CORS"
                + " check)",
            headersOf(put))
        .isEmpty();
  }

  @Test
  @DisplayName("a preflight from another origin is refused over the wire: 403, no Allow headers")
  void refusedOverTheWire() throws Exception {
    HttpResponse<String> preflight =
        send(
            "OPTIONS",
            "Origin",
            "https://app.example.com.evil.test",
            "Access-Control-Request-Method",
            "PUT");
    assertThat(preflight.statusCode())
        .as(
            "a preflight from https://app.example.com.evil.test must be refused with 403 (body"
                + " \"%s\")",
            preflight.body())
        .isEqualTo(403);
    assertThat(preflight.headers().map().keySet())
        .as("the refused preflight must carry no Access-Control-* header at all")
        .noneMatch(name -> name.toLowerCase().startsWith("access-control-"));
    assertThat(preflight.headers().firstValue("Vary"))
        .as("the refusal depends on Origin as much as a grant: Vary: Origin")
        .hasValueSatisfying(vary -> assertThat(vary).containsIgnoringCase("origin"));
  }

  @Test
  @DisplayName("a same-origin GET without Origin still gets Vary: Origin and no Allow-Origin")
  void sameOriginRequestOverTheWire() throws Exception {
    HttpResponse<String> get = send("GET");
    assertThat(get.statusCode())
        .as("the API answers a plain GET (body \"%s\")", get.body())
        .isEqualTo(200);
    assertThat(get.body())
        .as("the application's body is untouched")
        .isEqualTo("{\"items\":[1,2,3]}");
    assertThat(get.headers().firstValue("Access-Control-Allow-Origin"))
        .as("a request without Origin is not a CORS request: no Access-Control-Allow-Origin")
        .isEmpty();
    assertThat(get.headers().firstValue("Vary"))
        .as(
            "but it needs Vary: Origin, or a cache in between keeps this copy without"
                + " Access-Control-Allow-Origin and serves it to the page at %s later",
            APP)
        .hasValueSatisfying(vary -> assertThat(vary).containsIgnoringCase("origin"));
  }
}
