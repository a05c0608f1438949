package dev.roadmapkit.internet.reverseproxy;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reference solution of {@code internet/reverse-proxy}.
 *
 * <p>Key idea: the proxy is a server to the client and a client to the backend, and the two
 * connections are separate hops: headers about a hop (Connection and what it names, Keep-Alive,
 * Upgrade...) stop at the proxy, while X-Forwarded-For carries the client's address on. Failures of
 * the backend become statuses the client understands: 502 when it cannot be reached, 504 when it
 * does not answer in time. Trade-off: one request per client connection keeps the code small.
 */
public final class ReverseProxy implements AutoCloseable {

  private static final Set<String> HOP_BY_HOP =
      Set.of(
          "connection",
          "keep-alive",
          "proxy-connection",
          "te",
          "trailer",
          "transfer-encoding",
          "upgrade",
          "proxy-authenticate",
          "proxy-authorization");

  private final List<InetSocketAddress> backends;
  private final List<InetSocketAddress> healthy;
  private final Duration timeout;
  private final AtomicInteger next = new AtomicInteger();
  private final ExecutorService workers = Executors.newCachedThreadPool();
  private volatile ServerSocket server;

  /** A proxy in front of {@code backends}, waiting at most {@code backendTimeout} for each. */
  public ReverseProxy(List<InetSocketAddress> backends, Duration backendTimeout) {
    this.backends = List.copyOf(backends);
    this.healthy = new CopyOnWriteArrayList<>(backends);
    this.timeout = backendTimeout;
  }

  /** Checks every backend once with {@code GET /health}; only those answering 200 stay in. */
  public void checkHealth() {
    List<InetSocketAddress> up = new ArrayList<>();
    for (InetSocketAddress backend : backends) {
      try (Socket socket = connect(backend)) {
        HttpMessage request =
            new HttpMessage(
                "GET /health HTTP/1.1",
                List.of(new String[] {"Host", host(backend)}, new String[] {"Connection", "close"}),
                new byte[0]);
        request.write(socket.getOutputStream());
        HttpMessage response = HttpMessage.read(new BufferedInputStream(socket.getInputStream()));
        if (response.startLine().startsWith("HTTP/1.1 200 ")
            || response.startLine().startsWith("HTTP/1.0 200 ")) {
          up.add(backend);
        }
      } catch (IOException down) {
        // Not healthy.
      }
    }
    healthy.retainAll(up);
    for (InetSocketAddress backend : up) {
      if (!healthy.contains(backend)) {
        healthy.add(backend);
      }
    }
    healthy.sort((a, b) -> backends.indexOf(a) - backends.indexOf(b));
  }

  /** The backends that passed the last health check (all of them before the first). */
  public List<InetSocketAddress> healthyBackends() {
    return List.copyOf(healthy);
  }

  /** Listens on an ephemeral port of 127.0.0.1. */
  public void start() throws IOException {
    ServerSocket socket = new ServerSocket();
    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    server = socket;
    Thread acceptor =
        new Thread(
            () -> {
              while (!socket.isClosed()) {
                try {
                  Socket client = socket.accept();
                  workers.execute(() -> serve(client));
                } catch (IOException closed) {
                  return;
                }
              }
            },
            "reverse-proxy-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** The port the proxy listens on. */
  public int port() {
    return server.getLocalPort();
  }

  private void serve(Socket client) {
    try (client) {
      client.setSoTimeout(10_000);
      HttpMessage request;
      try {
        request = HttpMessage.read(new BufferedInputStream(client.getInputStream()));
      } catch (IOException malformed) {
        answer(client.getOutputStream(), 400, "Bad Request");
        return;
      }
      List<InetSocketAddress> choices = healthyBackends();
      if (choices.isEmpty()) {
        answer(client.getOutputStream(), 503, "Service Unavailable");
        return;
      }
      InetSocketAddress backend =
          choices.get(Math.floorMod(next.getAndIncrement(), choices.size()));
      String clientAddress = client.getInetAddress().getHostAddress();
      HttpMessage response;
      try (Socket upstream = connect(backend)) {
        forwarded(request, clientAddress).write(upstream.getOutputStream());
        response = HttpMessage.read(new BufferedInputStream(upstream.getInputStream()));
      } catch (SocketTimeoutException slow) {
        answer(client.getOutputStream(), 504, "Gateway Timeout");
        return;
      } catch (IOException unreachable) {
        answer(client.getOutputStream(), 502, "Bad Gateway");
        return;
      }
      List<String[]> headers = endToEnd(response.headers());
      headers.add(new String[] {"Connection", "close"});
      new HttpMessage(response.startLine(), headers, response.body())
          .write(client.getOutputStream());
    } catch (IOException gone) {
      // The client went away.
    }
  }

  private Socket connect(InetSocketAddress backend) throws IOException {
    Socket socket = new Socket();
    try {
      socket.connect(backend, (int) timeout.toMillis());
      socket.setSoTimeout((int) timeout.toMillis());
      return socket;
    } catch (IOException e) {
      socket.close();
      throw e;
    }
  }

  private static HttpMessage forwarded(HttpMessage request, String clientAddress) {
    List<String[]> headers = endToEnd(request.headers());
    String chain = clientAddress;
    headers.removeIf(h -> h[0].equalsIgnoreCase("X-Forwarded-For"));
    headers.add(new String[] {"X-Forwarded-For", chain});
    headers.add(new String[] {"Connection", "close"});
    return new HttpMessage(request.startLine(), headers, request.body());
  }

  /** The headers without the hop-by-hop ones: the fixed list and those Connection names. */
  private static List<String[]> endToEnd(List<String[]> headers) {
    Set<String> drop = new HashSet<>(HOP_BY_HOP);
    for (String[] header : headers) {
      if (header[0].equalsIgnoreCase("Connection")) {
        for (String token : header[1].split(",")) {
          drop.add(token.strip().toLowerCase(Locale.ROOT));
        }
      }
    }
    List<String[]> kept = new ArrayList<>();
    for (String[] header : headers) {
      if (!drop.contains(header[0].toLowerCase(Locale.ROOT))) {
        kept.add(header);
      }
    }
    return kept;
  }

  private static void answer(OutputStream out, int status, String reason) throws IOException {
    byte[] body = (reason + "\n").getBytes(StandardCharsets.UTF_8);
    new HttpMessage(
            "HTTP/1.1 " + status + " " + reason,
            List.of(
                new String[] {"Content-Type", "text/plain; charset=utf-8"},
                new String[] {"Content-Length", "" + body.length},
                new String[] {"Connection", "close"}),
            body)
        .write(out);
  }

  private static String host(InetSocketAddress backend) {
    return backend.getHostString() + ":" + backend.getPort();
  }

  /** Stops accepting and ends the worker threads. */
  @Override
  public void close() {
    try {
      if (server != null) {
        server.close();
      }
    } catch (IOException ignored) {
      // Closing anyway.
    }
    workers.shutdownNow();
  }
}
