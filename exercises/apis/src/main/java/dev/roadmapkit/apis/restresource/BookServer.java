package dev.roadmapkit.apis.restresource;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * The plumbing: a JDK {@code HttpServer} on 127.0.0.1 and an ephemeral port that hands every
 * request under {@code /books} to {@link BooksApi#handle} and sends back what it returns. An
 * exception from the handler becomes a plain-text 500 naming it. Given; not part of the exercise.
 */
public final class BookServer implements AutoCloseable {

  private final HttpServer server;

  private BookServer(HttpServer server) {
    this.server = server;
  }

  /** Starts a server in front of {@code api}. */
  public static BookServer start(BooksApi api) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/books", exchange -> serve(api, exchange));
    server.start();
    return new BookServer(server);
  }

  /** {@code http://127.0.0.1:<port>}. */
  public URI origin() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private static void serve(BooksApi api, HttpExchange exchange) throws IOException {
    try (exchange) {
      ApiResponse response;
      try {
        response = api.handle(request(exchange));
      } catch (RuntimeException e) {
        response = ApiResponse.status(500).withBody("text/plain", "BooksApi.handle threw " + e);
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

  private static ApiRequest request(HttpExchange exchange) throws IOException {
    Map<String, String> headers = new HashMap<>();
    exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
    String host =
        headers.entrySet().stream()
            .filter(header -> header.getKey().equalsIgnoreCase("Host"))
            .map(Map.Entry::getValue)
            .findFirst()
            .orElse("127.0.0.1:" + exchange.getLocalAddress().getPort());
    byte[] body = exchange.getRequestBody().readAllBytes();
    return new ApiRequest(
        exchange.getRequestMethod(),
        exchange.getRequestURI().getRawPath(),
        headers,
        body,
        URI.create("http://" + host));
  }
}
