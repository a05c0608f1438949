package dev.roadmapkit.apis.conditionalrequests;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Given: the HTTP plumbing. Serves {@code GET} and {@code PUT /profiles/{id}} on 127.0.0.1 and an
 * ephemeral port with the JDK's HttpServer (4 worker threads, so requests really run at once), and
 * hands each request to {@link ConditionalProfiles}. Several header lines of the same name are
 * joined with ", " as RFC 9110 allows. An exception from your code becomes a 500 whose body names
 * it; a 304 with a body becomes a 500 too (the JDK would drop the body silently).
 */
public final class ProfileServer implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService workers = Executors.newFixedThreadPool(4);

  private ProfileServer(HttpServer server) {
    this.server = server;
  }

  /** Starts a server in front of {@code profiles}. */
  public static ProfileServer start(ConditionalProfiles profiles) throws IOException {
    HttpServer http =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    ProfileServer server = new ProfileServer(http);
    http.setExecutor(server.workers);
    http.createContext("/profiles/", exchange -> serve(profiles, exchange));
    http.start();
    return server;
  }

  /** The address of {@code path} on this server, for example {@code uri("/profiles/ada")}. */
  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  @Override
  public void close() {
    server.stop(0);
    workers.shutdownNow();
  }

  private static void serve(ConditionalProfiles profiles, HttpExchange exchange)
      throws IOException {
    try (exchange) {
      Reply reply;
      try {
        reply = answer(profiles, exchange);
        if (reply.status() == 304 && reply.body().length > 0) {
          reply =
              text(
                  500,
                  "your code answered 304 with a "
                      + reply.body().length
                      + "-byte body: a 304 has no content (RFC 9110 section 15.4.5)");
        }
      } catch (RuntimeException e) {
        reply = text(500, "your code threw " + e);
      }
      reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
      byte[] body = reply.body();
      exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }

  private static Reply answer(ConditionalProfiles profiles, HttpExchange exchange)
      throws IOException {
    String id = exchange.getRequestURI().getPath().substring("/profiles/".length());
    return switch (exchange.getRequestMethod()) {
      case "GET" -> profiles.get(id, header(exchange, "If-None-Match"));
      case "PUT" ->
          profiles.put(id, header(exchange, "If-Match"), exchange.getRequestBody().readAllBytes());
      default -> text(405, "only GET and PUT are served here");
    };
  }

  private static Optional<String> header(HttpExchange exchange, String name) {
    List<String> values = exchange.getRequestHeaders().get(name);
    return values == null || values.isEmpty()
        ? Optional.empty()
        : Optional.of(String.join(", ", values));
  }

  private static Reply text(int status, String message) {
    return new Reply(
        status,
        java.util.Map.of("Content-Type", "text/plain; charset=utf-8"),
        message.getBytes(StandardCharsets.UTF_8));
  }
}
