package dev.roadmapkit.apis.paginationandhateoas;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The plumbing: a JDK {@code HttpServer} on 127.0.0.1 and an ephemeral port. {@code GET /orders}
 * goes to {@link OrdersApi#list} with the origin the client used (from its {@code Host} header:
 * {@code http://127.0.0.1:54321}) and the decoded query parameters (the first value of each); any
 * other path is a plain 404, any other method a plain 405, an exception from {@code list} a
 * plain-text 500 naming it. Given; not part of the exercise.
 */
public final class OrderServer implements AutoCloseable {

  private final HttpServer server;

  private OrderServer(HttpServer server) {
    this.server = server;
  }

  /** Starts a server in front of {@code api}. */
  public static OrderServer start(OrdersApi api) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/orders", exchange -> serve(api, exchange));
    server.start();
    return new OrderServer(server);
  }

  /** {@code http://127.0.0.1:<port>}. */
  public URI origin() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private static void serve(OrdersApi api, HttpExchange exchange) throws IOException {
    try (exchange) {
      ApiResponse response;
      if (!exchange.getRequestURI().getRawPath().equals("/orders")) {
        response = ApiResponse.status(404).withBody("text/plain", "only /orders is served here");
      } else if (!exchange.getRequestMethod().equals("GET")) {
        response =
            ApiResponse.status(405).withHeader("Allow", "GET").withBody("text/plain", "GET only");
      } else {
        try {
          String host = exchange.getRequestHeaders().getFirst("Host");
          response = api.list(URI.create("http://" + host), query(exchange.getRequestURI()));
        } catch (RuntimeException e) {
          response = ApiResponse.status(500).withBody("text/plain", "OrdersApi.list threw " + e);
        }
      }
      response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
      byte[] body = response.body();
      exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }

  private static Map<String, String> query(URI uri) {
    Map<String, String> query = new LinkedHashMap<>();
    String raw = uri.getRawQuery();
    if (raw == null || raw.isEmpty()) {
      return query;
    }
    for (String pair : raw.split("&")) {
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      query.putIfAbsent(
          URLDecoder.decode(name, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return query;
  }
}
