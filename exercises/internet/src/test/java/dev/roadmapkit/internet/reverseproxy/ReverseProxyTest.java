package dev.roadmapkit.internet.reverseproxy;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("internet/reverse-proxy: ReverseProxy")
class ReverseProxyTest {

  private final List<AutoCloseable> open = new ArrayList<>();
  private final CountDownLatch release = new CountDownLatch(1);
  private final Map<String, String> lastHeaders = new ConcurrentHashMap<>();
  private final ExecutorService backendThreads = Executors.newCachedThreadPool();

  @AfterEach
  void closeEverything() throws Exception {
    release.countDown();
    for (AutoCloseable c : open) {
      c.close();
    }
    backendThreads.shutdownNow();
  }

  /** A backend that answers "name" and records the request headers it saw (names lower-cased). */
  private InetSocketAddress backend(String name, AtomicInteger healthStatus) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          if (exchange.getRequestURI().getPath().equals("/health")) {
            exchange.sendResponseHeaders(healthStatus.get(), -1);
            exchange.close();
            return;
          }
          if (exchange.getRequestURI().getPath().equals("/slow")) {
            try {
              release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          lastHeaders.clear();
          exchange
              .getRequestHeaders()
              .forEach((k, v) -> lastHeaders.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
          byte[] body = (name + " " + exchange.getRequestURI()).getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("X-Backend", name);
          exchange.getResponseHeaders().add("Keep-Alive", "timeout=5");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.setExecutor(backendThreads);
    server.start();
    open.add(() -> server.stop(0));
    return new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getAddress().getPort());
  }

  private InetSocketAddress backend(String name) throws IOException {
    return backend(name, new AtomicInteger(200));
  }

  private static InetSocketAddress refusing() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return new InetSocketAddress(InetAddress.getLoopbackAddress(), socket.getLocalPort());
    }
  }

  private ReverseProxy proxy(Duration timeout, InetSocketAddress... backends) throws IOException {
    ReverseProxy proxy = new ReverseProxy(List.of(backends), timeout);
    open.add(proxy);
    proxy.start();
    return proxy;
  }

  /** Sends a raw request through the proxy and reads the whole response (it closes). */
  private static HttpMessage send(ReverseProxy proxy, String request) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), proxy.port())) {
      socket.setSoTimeout(5000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      InputStream in = socket.getInputStream();
      return HttpMessage.read(in);
    }
  }

  private static HttpMessage get(ReverseProxy proxy, String path) throws IOException {
    return send(proxy, "GET " + path + " HTTP/1.1\r\nHost: proxy\r\n\r\n");
  }

  private static String body(HttpMessage m) {
    return new String(m.body(), StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("requests go to the backends in turn, round robin")
  void roundRobin() throws Exception {
    ReverseProxy proxy = proxy(Duration.ofSeconds(2), backend("A"), backend("B"));
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      seen.add(get(proxy, "/r" + i).header("X-Backend").orElse("none"));
    }
    assertThat(seen)
        .as("five requests through a proxy in front of A and B: A, B, A, B, A")
        .containsExactly("A", "B", "A", "B", "A");
    assertThat(body(get(proxy, "/path?q=1")))
        .as("the request line is passed on as it is")
        .isEqualTo("B /path?q=1");
  }

  @Test
  @DisplayName("a health check takes a dead or failing backend out, and a later one puts it back")
  void healthChecks() throws Exception {
    AtomicInteger bHealth = new AtomicInteger(200);
    InetSocketAddress a = backend("A");
    InetSocketAddress b = backend("B", bHealth);
    InetSocketAddress dead = refusing();
    ReverseProxy proxy = proxy(Duration.ofSeconds(2), a, dead, b);
    assertThat(proxy.healthyBackends())
        .as("before the first check every backend counts as healthy")
        .containsExactly(a, dead, b);
    bHealth.set(500);
    proxy.checkHealth();
    assertThat(proxy.healthyBackends())
        .as("the refused backend and the one answering 500 to GET /health are taken out")
        .containsExactly(a);
    for (int i = 0; i < 3; i++) {
      assertThat(get(proxy, "/x").header("X-Backend"))
          .as("with only A healthy, every request goes to A")
          .hasValue("A");
    }
    bHealth.set(200);
    proxy.checkHealth();
    assertThat(proxy.healthyBackends())
        .as("B answers 200 again: back in, in its place after A")
        .containsExactly(a, b);
  }

  @Test
  @DisplayName("a recovered backend takes its place in the configured order again")
  void recoveredBackendKeepsItsPlace() throws Exception {
    AtomicInteger aHealth = new AtomicInteger(500);
    InetSocketAddress a = backend("A", aHealth);
    InetSocketAddress b = backend("B");
    ReverseProxy proxy = proxy(Duration.ofSeconds(2), a, b);
    proxy.checkHealth();
    assertThat(proxy.healthyBackends()).containsExactly(b);
    aHealth.set(200);
    proxy.checkHealth();
    assertThat(proxy.healthyBackends())
        .as("A comes back first, as configured, not after B: keep the backends' order")
        .containsExactly(a, b);
  }

  @Test
  @DisplayName("close() stops the proxy: its port no longer answers")
  void closeStops() throws Exception {
    ReverseProxy proxy = proxy(Duration.ofSeconds(2), backend("A"));
    int port = proxy.port();
    assertThat(get(proxy, "/").startLine()).startsWith("HTTP/1.1 200 ");
    proxy.close();
    boolean answered;
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(1000);
      socket
          .getOutputStream()
          .write("GET / HTTP/1.1\r\nHost: p\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
      answered = socket.getInputStream().read() >= 0;
    } catch (IOException refusedOrSilent) {
      answered = false;
    }
    assertThat(answered).as("after close() nothing answers on the proxy's port").isFalse();
  }

  @Test
  @DisplayName("no healthy backend: 503")
  void noBackend() throws Exception {
    ReverseProxy proxy = proxy(Duration.ofSeconds(1), refusing());
    proxy.checkHealth();
    assertThat(proxy.healthyBackends()).isEmpty();
    assertThat(get(proxy, "/").startLine()).startsWith("HTTP/1.1 503 ");
  }

  @Test
  @DisplayName("hop-by-hop headers stop at the proxy; X-Forwarded-For is added")
  void headers() throws Exception {
    ReverseProxy proxy = proxy(Duration.ofSeconds(2), backend("A"));
    HttpMessage response =
        send(
            proxy,
            "GET /h HTTP/1.1\r\nHost: proxy\r\nConnection: keep-alive, X-Secret\r\n"
                + "X-Secret: only for the proxy\r\nkeep-alive: timeout=9\r\nUpgrade: websocket\r\n"
                + "TE: trailers\r\nX-Custom: kept\r\nX-Forwarded-For: 203.0.113.7\r\n\r\n");
    assertThat(response.startLine()).startsWith("HTTP/1.1 200 ");
    assertThat(lastHeaders)
        .as(
            "the backend must not see X-Secret (named by Connection), Keep-Alive, Upgrade or TE:"
                + " they are about the client's hop only (RFC 9110 7.6.1)")
        .doesNotContainKeys("x-secret", "keep-alive", "upgrade", "te");
    assertThat(lastHeaders.get("connection"))
        .as("the client's Connection header is not passed on (the proxy may send its own close)")
        .isIn(null, "close");
    assertThat(lastHeaders)
        .as("end-to-end headers are passed on")
        .containsEntry("x-custom", "kept");
    assertThat(lastHeaders.get("x-forwarded-for"))
        .as("X-Forwarded-For keeps the earlier hops and appends the client's address")
        .isEqualTo("203.0.113.7, 127.0.0.1");
    assertThat(response.header("Keep-Alive"))
        .as("the backend's Keep-Alive is about its hop only: removed from the response")
        .isEmpty();
    assertThat(response.header("X-Backend"))
        .as("end-to-end response headers are kept")
        .hasValue("A");
    get(proxy, "/plain");
    assertThat(lastHeaders.get("x-forwarded-for"))
        .as("without an X-Forwarded-For, the proxy adds one with the client's address")
        .isEqualTo("127.0.0.1");
  }

  @Test
  @DisplayName("a backend that refuses the connection gives 502")
  void badGateway() throws Exception {
    ReverseProxy proxy = proxy(Duration.ofSeconds(2), refusing());
    assertThat(get(proxy, "/").startLine())
        .as("nothing listens on the backend's port: 502 Bad Gateway")
        .startsWith("HTTP/1.1 502 ");
  }

  @Test
  @DisplayName("a backend slower than the timeout gives 504")
  void gatewayTimeout() throws Exception {
    ReverseProxy proxy = proxy(Duration.ofMillis(300), backend("slow"));
    long start = System.nanoTime();
    HttpMessage response = get(proxy, "/slow");
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(response.startLine())
        .as("the backend does not answer within the 300 ms timeout: 504 Gateway Timeout, not 502")
        .startsWith("HTTP/1.1 504 ");
    assertThat(millis).as("and the proxy answers soon after the timeout").isLessThan(4000);
  }
}
