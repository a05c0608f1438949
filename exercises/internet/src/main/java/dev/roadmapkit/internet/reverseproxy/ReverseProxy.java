package dev.roadmapkit.internet.reverseproxy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;

/**
 * Exercise {@code internet/reverse-proxy}: a round-robin reverse proxy on real sockets, in front of
 * several backend servers, as a load balancer in front of an application runs.
 *
 * <ul>
 *   <li>{@link #start}: listen on an ephemeral port of 127.0.0.1; serve each client connection on
 *       its own thread. Read one request with {@link HttpMessage#read}, answer it, close (every
 *       answer to the client carries {@code Connection: close});
 *   <li>round robin: the first request goes to the first healthy backend, the next to the next, and
 *       so on, wrapping around; no healthy backend: 503;
 *   <li>{@link #checkHealth}: send {@code GET /health} to every backend (with the timeout); those
 *       answering {@code 200} are healthy, the others (refused, slow, any other status) are taken
 *       out until a later check finds them answering again. Before the first check, all are
 *       healthy. Keep the backends' order;
 *   <li>forwarding (RFC 9110 section 7.6.1): remove the hop-by-hop headers from the request and
 *       from the response: {@code Connection}, every header {@code Connection} names ({@code
 *       Connection: keep-alive, X-Secret} removes {@code X-Secret}), and {@code Keep-Alive}, {@code
 *       Proxy-Connection}, {@code TE}, {@code Trailer}, {@code Transfer-Encoding}, {@code Upgrade},
 *       {@code Proxy-Authenticate}, {@code Proxy-Authorization}, in any case. Add {@code
 *       X-Forwarded-For} with the client's address, appended with {@code ", "} to the value the
 *       request had ({@code 203.0.113.7, 127.0.0.1}). Send {@code Connection: close} to the
 *       backend;
 *   <li>failures: a backend that refuses the connection, or closes it without a response, gives 502
 *       Bad Gateway; one that does not answer within {@code backendTimeout} (set it as the connect
 *       and the read timeout) gives 504 Gateway Timeout.
 * </ul>
 */
public final class ReverseProxy implements AutoCloseable {

  /** A proxy in front of {@code backends}, waiting at most {@code backendTimeout} for each. */
  public ReverseProxy(List<InetSocketAddress> backends, Duration backendTimeout) {}

  /** Checks every backend once with {@code GET /health}; only those answering 200 stay in. */
  public void checkHealth() {
    throw new UnsupportedOperationException(
        "TODO internet/reverse-proxy: GET /health on each backend, keep those that answer 200");
  }

  /** The backends that passed the last health check (all of them before the first). */
  public List<InetSocketAddress> healthyBackends() {
    throw new UnsupportedOperationException("TODO internet/reverse-proxy: the healthy backends");
  }

  /** Listens on an ephemeral port of 127.0.0.1. */
  public void start() throws IOException {
    throw new UnsupportedOperationException(
        "TODO internet/reverse-proxy: accept clients, forward each request round robin");
  }

  /** The port the proxy listens on. */
  public int port() {
    throw new UnsupportedOperationException("TODO internet/reverse-proxy: the bound port");
  }

  /** Stops accepting and ends the worker threads. */
  @Override
  public void close() {
    // Nothing to close until start() works.
  }
}
