package dev.roadmapkit.testing.functionaltesting;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;

/**
 * A small todo-list HTTP API on the loopback interface. This service is correct: the exercise is to
 * write black-box tests that prove it over HTTP, with {@code java.net.http.HttpClient}, in {@code
 * src/test/java/dev/roadmapkit/testing/functionaltesting/TodoApiTest.java}. Start it in your tests
 * with {@code TodoServer.start(0)} (an ephemeral port) and close it after each test; they are
 * graded against this service, where every one must pass, and against buggy copies of it, each of
 * which some test must catch.
 *
 * <p>The API. Every body is JSON, and every response with a body has the header {@code
 * Content-Type: application/json}. A todo is {@code {"id": 1, "title": "Buy milk"}}; ids start at 1
 * and count up. An error's body is {@code {"error": "what was wrong"}}.
 *
 * <ul>
 *   <li>{@code POST /todos} with {@code {"title": "..."}} and the request header {@code
 *       Content-Type: application/json} (the media type in any letters' case, parameters such as
 *       {@code ; charset=utf-8} allowed): creates a todo and answers {@code 201 Created} with the
 *       header {@code Location: /todos/{id}} and the todo as the body. A title that is missing,
 *       blank (only spaces) or longer than 100 characters, or a body that is not a JSON object, is
 *       refused with {@code 400 Bad Request}; a request with another Content-Type, or none, with
 *       {@code 415 Unsupported Media Type}.
 *   <li>{@code GET /todos?limit=n}: {@code 200 OK} with a JSON array of the first {@code n} todos
 *       in the order they were created (20 without {@code limit}); {@code n} must be from 1 to 100,
 *       or {@code 400 Bad Request}.
 *   <li>{@code GET /todos/{id}}: {@code 200 OK} with the todo; {@code 404 Not Found} if there is
 *       none with that id.
 *   <li>{@code DELETE /todos/{id}}: {@code 204 No Content}, without a body, and the todo is gone;
 *       {@code 404 Not Found} if there is none with that id.
 *   <li>A method a path does not support ({@code PUT /todos}, {@code POST /todos/1}) gets {@code
 *       405 Method Not Allowed} with the header {@code Allow} listing the methods it does support
 *       ({@code GET, POST} for {@code /todos}; {@code GET, DELETE} for {@code /todos/{id}}). Any
 *       other path gets {@code 404 Not Found}.
 * </ul>
 */
public final class TodoServer implements AutoCloseable {

  static {
    // The JDK's server writes a response's headers and its body separately; with Nagle's algorithm
    // on, the body waits for the client's delayed ACK, some 40 ms a response on loopback. The
    // property is read once, when the JVM creates its first HttpServer.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final HttpServer server;

  private TodoServer(HttpServer server) {
    this.server = server;
  }

  /**
   * Starts a service with no todos on the loopback interface.
   *
   * @param port the port to listen on; 0 for an ephemeral one the system picks (see {@link #uri})
   * @return the running service
   * @throws IOException if the port cannot be bound
   */
  public static TodoServer start(int port) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.createContext("/", new TodoHandler());
    server.start();
    return new TodoServer(server);
  }

  /**
   * Where the service listens.
   *
   * @return {@code http://127.0.0.1:<port>}, to resolve paths against: {@code
   *     uri().resolve("/todos")}
   */
  public URI uri() {
    InetSocketAddress address = server.getAddress();
    return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort());
  }

  /** Stops the service and frees its port. */
  @Override
  public void close() {
    server.stop(0);
  }
}
