package dev.roadmapkit.apis.openapicontract;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Given: the HTTP plumbing. Serves {@code POST /tasks} and {@code GET /tasks/{id}} on 127.0.0.1 and
 * an ephemeral port with the JDK's HttpServer and hands each request to {@link TaskApi}. An
 * exception from your code becomes a 500 whose body names it; other paths and methods are 404 and
 * 405 in plain text (the document does not describe them).
 */
public final class TaskServer implements AutoCloseable {

  private final HttpServer server;

  private TaskServer(HttpServer server) {
    this.server = server;
  }

  /** Starts a server in front of {@code api}. */
  public static TaskServer start(TaskApi api) throws IOException {
    HttpServer http =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    http.createContext("/tasks", exchange -> serve(api, exchange));
    http.start();
    return new TaskServer(http);
  }

  /** The address of {@code path} on this server, for example {@code uri("/tasks/1")}. */
  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private static void serve(TaskApi api, HttpExchange exchange) throws IOException {
    try (exchange) {
      ApiReply reply;
      try {
        reply = answer(api, exchange);
      } catch (RuntimeException e) {
        reply = text(500, "your code threw " + e);
      }
      reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
      byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }

  private static ApiReply answer(TaskApi api, HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String method = exchange.getRequestMethod();
    if (path.equals("/tasks")) {
      if (!method.equals("POST")) {
        return text(405, "only POST /tasks is served");
      }
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      return api.create(
          Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")), body);
    }
    if (path.startsWith("/tasks/") && path.indexOf('/', "/tasks/".length()) < 0) {
      if (!method.equals("GET")) {
        return text(405, "only GET /tasks/{id} is served");
      }
      return api.find(path.substring("/tasks/".length()));
    }
    return text(404, "no such path: " + path);
  }

  private static ApiReply text(int status, String message) {
    return new ApiReply(status, Map.of("Content-Type", "text/plain; charset=utf-8"), message);
  }
}
