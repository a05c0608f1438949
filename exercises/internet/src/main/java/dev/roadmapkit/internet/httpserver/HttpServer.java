package dev.roadmapkit.internet.httpserver;

import java.io.IOException;
import java.time.Duration;

/**
 * Exercise {@code internet/http-server}: a small HTTP/1.1 server on a real {@link
 * java.net.ServerSocket}.
 *
 * <p>What it must do (RFC 9110 and RFC 9112):
 *
 * <ul>
 *   <li>{@link #start}: listen on an ephemeral port of 127.0.0.1 ({@code new ServerSocket()}, bind
 *       to {@code new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)}) and accept
 *       connections on a thread of its own;
 *   <li>each connection is served on its own thread (or one from a pool), so a slow client never
 *       holds up the others: read requests with the given {@link RequestReader}, in a loop, and
 *       answer each one;
 *   <li>routing: a request goes to the handler of its method and its exact path ({@link
 *       Request#path()}, without the query). No route for the path: 404. The path is known but not
 *       the method: 405 with an {@code Allow} header listing the path's methods in alphabetical
 *       order, separated by {@code ", "}, HEAD included when GET is there ({@code GET, HEAD,
 *       POST}). A handler that throws: 500;
 *   <li>HEAD: answered by the GET handler when the path has no HEAD handler of its own; the
 *       response has the same status and headers, {@code Content-Length} included, but no body;
 *   <li>every response: {@code HTTP/1.1 <status> <reason>} ({@link Response#reasonPhrase}), the
 *       handler's headers, {@code Content-Length}, an empty line, then the body;
 *   <li>keep-alive: after a response, read the next request from the same connection, unless the
 *       request was HTTP/1.0 or said {@code Connection: close}; then answer with {@code Connection:
 *       close} and close the connection. When the client closes, stop;
 *   <li>a client that sends nothing for {@code idleTimeout} (set it as the socket's read timeout:
 *       {@code RequestReader} then throws {@link java.net.SocketTimeoutException}) gets 408 with
 *       {@code Connection: close}; a malformed request ({@link MalformedRequestException}) gets 400
 *       with {@code Connection: close}; either way the connection is closed;
 *   <li>{@link #close}: stop accepting and close the connections that are open.
 * </ul>
 */
public final class HttpServer implements AutoCloseable {

  private final Duration idleTimeout;

  /** A server that answers 408 to a client silent for {@code idleTimeout}. */
  public HttpServer(Duration idleTimeout) {
    this.idleTimeout = idleTimeout;
  }

  /** Routes requests for {@code method} and exactly {@code path} to {@code handler}. */
  public HttpServer route(String method, String path, Handler handler) {
    throw new UnsupportedOperationException(
        "TODO internet/http-server: remember the handler by path, then by method");
  }

  /** Listens on an ephemeral port of 127.0.0.1 and starts accepting. */
  public void start() throws IOException {
    throw new UnsupportedOperationException(
        "TODO internet/http-server: bind a ServerSocket to 127.0.0.1 port 0, accept on a thread,"
            + " serve each connection on its own thread");
  }

  /** The port the server listens on. */
  public int port() {
    throw new UnsupportedOperationException("TODO internet/http-server: the bound port");
  }

  /** Stops accepting and closes every open connection. */
  @Override
  public void close() {
    // Nothing to close until start() works.
  }
}
