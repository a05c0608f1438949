package dev.roadmapkit.internet.httpserver;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Reference solution of {@code internet/http-server}.
 *
 * <p>Key idea: one thread accepts, and every connection gets a thread of its own that reads
 * requests in a loop until the client closes, asks to close, or stays silent past the timeout. A
 * slow client then blocks only its own thread. Trade-off: a thread per connection is simple and
 * fast enough for hundreds of clients; tens of thousands need non-blocking I/O or virtual threads.
 */
public final class HttpServer implements AutoCloseable {

  private final Duration idleTimeout;
  private final Map<String, Map<String, Handler>> routes = new ConcurrentHashMap<>();
  private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
  private final ExecutorService workers = Executors.newCachedThreadPool();
  private volatile ServerSocket server;

  /** A server that answers 408 to a client silent for {@code idleTimeout}. */
  public HttpServer(Duration idleTimeout) {
    if (idleTimeout.isNegative() || idleTimeout.isZero()) {
      throw new IllegalArgumentException("idleTimeout must be positive: " + idleTimeout);
    }
    this.idleTimeout = idleTimeout;
  }

  /** Routes requests for {@code method} and exactly {@code path} to {@code handler}. */
  public HttpServer route(String method, String path, Handler handler) {
    routes.computeIfAbsent(path, p -> new ConcurrentHashMap<>()).put(method, handler);
    return this;
  }

  /** Listens on an ephemeral port of 127.0.0.1 and starts accepting. */
  public void start() throws IOException {
    ServerSocket socket = new ServerSocket();
    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    server = socket;
    Thread acceptor = new Thread(this::acceptLoop, "http-server-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** The port the server listens on. */
  public int port() {
    if (server == null) {
      throw new IllegalStateException("start() the server first");
    }
    return server.getLocalPort();
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      try {
        Socket connection = server.accept();
        connections.add(connection);
        workers.execute(() -> serve(connection));
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket connection) {
    try (connection) {
      connection.setSoTimeout((int) Math.max(1, idleTimeout.toMillis()));
      InputStream in = new BufferedInputStream(connection.getInputStream());
      OutputStream out = new BufferedOutputStream(connection.getOutputStream());
      while (true) {
        Optional<Request> next;
        try {
          next = RequestReader.read(in);
        } catch (SocketTimeoutException silent) {
          write(out, Response.text(408, "Request Timeout\n"), true, true);
          return;
        } catch (MalformedRequestException malformed) {
          write(out, Response.text(400, "Bad Request\n"), true, true);
          return;
        }
        if (next.isEmpty()) {
          return;
        }
        Request request = next.get();
        boolean close =
            request.version().equals("HTTP/1.0")
                || request.header("connection").map(c -> c.equalsIgnoreCase("close")).orElse(false);
        write(out, dispatch(request), true, close);
        if (close) {
          return;
        }
      }
    } catch (IOException gone) {
      // The client went away: nothing to answer.
    } finally {
      connections.remove(connection);
    }
  }

  private Response dispatch(Request request) {
    Map<String, Handler> methods = routes.get(request.path());
    if (methods == null) {
      return Response.text(404, "Not Found\n");
    }
    Handler handler = methods.get(request.method());
    if (handler == null && request.method().equals("HEAD")) {
      handler = methods.get("GET");
    }
    if (handler == null) {
      Set<String> allowed = new TreeSet<>(methods.keySet());
      if (allowed.contains("GET")) {
        allowed.add("HEAD");
      }
      Map<String, String> headers = new TreeMap<>();
      headers.put("Allow", String.join(", ", allowed));
      headers.put("Content-Type", "text/plain; charset=utf-8");
      return new Response(405, headers, "Method Not Allowed\n".getBytes(StandardCharsets.UTF_8));
    }
    try {
      return handler.handle(request);
    } catch (Exception failed) {
      return Response.text(500, "Internal Server Error\n");
    }
  }

  private static void write(OutputStream out, Response response, boolean withBody, boolean close)
      throws IOException {
    StringBuilder head = new StringBuilder();
    head.append("HTTP/1.1 ")
        .append(response.status())
        .append(' ')
        .append(Response.reasonPhrase(response.status()))
        .append("\r\n");
    response
        .headers()
        .forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    head.append("Content-Length: ").append(response.body().length).append("\r\n");
    if (close) {
      head.append("Connection: close\r\n");
    }
    head.append("\r\n");
    out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    if (withBody) {
      out.write(response.body());
    }
    out.flush();
  }

  /** Stops accepting, closes every open connection and ends the worker threads. */
  @Override
  public void close() {
    try {
      if (server != null) {
        server.close();
      }
    } catch (IOException ignored) {
      // Closing anyway.
    }
    for (Socket connection : connections) {
      try {
        connection.close();
      } catch (IOException ignored) {
        // Closing anyway.
      }
    }
    workers.shutdownNow();
  }
}
