package dev.roadmapkit.advanced.containerization;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Given: the app to containerize. A tiny HTTP service: {@code GET /health} answers {@code 200
 * {"status":"UP"}}. It listens on the port in the environment variable {@code PORT}, 8080 when
 * there is none. Compile it alone: {@code javac -d out HealthApp.java HealthCheck.java} (both files
 * of this package, JDK only), run it with {@code java -cp out
 * dev.roadmapkit.advanced.containerization.HealthApp}.
 */
public final class HealthApp {

  private HealthApp() {}

  /** Starts the server and keeps it running. */
  public static void main(String[] args) throws IOException {
    start(port(System.getenv("PORT")));
  }

  /** The port to listen on: {@code value} when it is a number, else 8080. */
  static int port(String value) {
    if (value == null || value.isBlank()) {
      return 8080;
    }
    return Integer.parseInt(value.strip());
  }

  /** A started server on {@code port} (0: any free one) of all interfaces. */
  static HttpServer start(int port) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
    server.createContext(
        "/health",
        exchange -> {
          byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    return server;
  }
}
