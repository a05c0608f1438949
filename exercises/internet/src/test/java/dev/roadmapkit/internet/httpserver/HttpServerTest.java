package dev.roadmapkit.internet.httpserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("internet/http-server: HttpServer")
class HttpServerTest {

  private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(3);

  private final List<AutoCloseable> open = new ArrayList<>();
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(CLIENT_TIMEOUT)
          .build();

  @AfterEach
  void closeEverything() throws Exception {
    for (AutoCloseable c : open) {
      c.close();
    }
  }

  private HttpServer server(Duration idleTimeout) throws IOException {
    HttpServer server =
        new HttpServer(idleTimeout)
            .route("GET", "/hello", r -> Response.text(200, "Hello, " + r.target() + "\n"))
            .route(
                "POST",
                "/echo",
                r ->
                    new Response(
                        201,
                        Map.of(
                            "Content-Type",
                            "application/octet-stream",
                            "X-Seen",
                            r.header("x-test").orElse("none")),
                        r.body()))
            .route("GET", "/echo", r -> Response.text(200, "send me a POST\n"))
            .route("PUT", "/items", r -> Response.text(204, ""))
            .route(
                "GET",
                "/fail",
                r -> {
                  throw new IllegalStateException("handler failed");
                });
    open.add(server);
    server.start();
    return server;
  }

  private HttpServer server() throws IOException {
    return server(Duration.ofSeconds(5));
  }

  private HttpResponse<String> send(HttpServer server, String method, String path, String body)
      throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .timeout(CLIENT_TIMEOUT)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .header("X-Test", "yes")
            .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private Socket raw(HttpServer server) throws IOException {
    Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
    socket.setSoTimeout((int) CLIENT_TIMEOUT.toMillis());
    open.add(socket);
    return socket;
  }

  /** Reads one response: status line and headers, then Content-Length octets unless HEAD. */
  private static String readResponse(InputStream in, boolean head) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int length = 0;
    StringBuilder line = new StringBuilder();
    while (true) {
      int b = in.read();
      if (b < 0) {
        return out.size() == 0 ? null : out.toString(StandardCharsets.ISO_8859_1);
      }
      out.write(b);
      if (b != '\n') {
        line.append((char) b);
        continue;
      }
      String text = line.toString().strip();
      line.setLength(0);
      if (text.toLowerCase().startsWith("content-length:")) {
        length = Integer.parseInt(text.substring(15).strip());
      }
      if (text.isEmpty()) {
        break;
      }
    }
    if (!head) {
      out.write(in.readNBytes(length));
    }
    return out.toString(StandardCharsets.ISO_8859_1);
  }

  private static void write(Socket socket, String text) throws IOException {
    socket.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
    socket.getOutputStream().flush();
  }

  @Test
  @DisplayName("answers a GET from java.net.http.HttpClient, the query kept in the target")
  void get() throws Exception {
    HttpServer server = server();
    HttpResponse<String> response = send(server, "GET", "/hello?name=you", null);
    assertThat(response.statusCode())
        .as("GET /hello?name=you routes by the path /hello, without the query")
        .isEqualTo(200);
    assertThat(response.body()).isEqualTo("Hello, /hello?name=you\n");
    assertThat(response.headers().firstValue("content-type")).hasValue("text/plain; charset=utf-8");
    assertThat(response.headers().firstValueAsLong("content-length"))
        .as("every response says its Content-Length")
        .hasValue(23);
  }

  @Test
  @DisplayName("passes the body and headers to the handler and sends its status and headers")
  void post() throws Exception {
    HttpServer server = server();
    HttpResponse<String> response = send(server, "POST", "/echo", "posted body");
    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.body()).as("the handler echoes the request body").isEqualTo("posted body");
    assertThat(response.headers().firstValue("x-seen"))
        .as("the handler's own headers are sent; it read the request header X-Test")
        .hasValue("yes");
  }

  @Test
  @DisplayName("404 for an unknown path, 405 with Allow for a known path and another method")
  void notFoundAndMethodNotAllowed() throws Exception {
    HttpServer server = server();
    assertThat(send(server, "GET", "/nothing-here", null).statusCode())
        .as("no route has the path /nothing-here: 404 Not Found")
        .isEqualTo(404);
    HttpResponse<String> delete = send(server, "DELETE", "/echo", null);
    assertThat(delete.statusCode())
        .as("/echo exists but has no DELETE: 405 Method Not Allowed, not 404")
        .isEqualTo(405);
    assertThat(delete.headers().firstValue("allow"))
        .as("a 405 must list the allowed methods (RFC 9110 15.5.6), alphabetically, HEAD with GET")
        .hasValue("GET, HEAD, POST");
    HttpResponse<String> get = send(server, "GET", "/items", null);
    assertThat(get.statusCode()).isEqualTo(405);
    assertThat(get.headers().firstValue("allow"))
        .as("/items has only PUT, so no HEAD is offered either")
        .hasValue("PUT");
  }

  @Test
  @DisplayName("a handler that throws gives 500, and the server keeps going")
  void handlerFailure() throws Exception {
    HttpServer server = server();
    assertThat(send(server, "GET", "/fail", null).statusCode()).isEqualTo(500);
    assertThat(send(server, "GET", "/hello", null).statusCode()).isEqualTo(200);
  }

  @Test
  @DisplayName("HEAD answers like GET, with Content-Length and without a body")
  void head() throws Exception {
    HttpServer server = server();
    Socket socket = raw(server);
    write(socket, "HEAD /hello HTTP/1.1\r\nHost: x\r\n\r\nGET /hello HTTP/1.1\r\nHost: x\r\n\r\n");
    InputStream in = socket.getInputStream();
    String head = readResponse(in, true);
    assertThat(head).as("HEAD is answered by the GET handler").startsWith("HTTP/1.1 200 OK\r\n");
    assertThat(head.toLowerCase())
        .as("the Content-Length is the one GET would send: \"Hello, /hello\\n\" is 14 octets")
        .contains("content-length: 14\r\n");
    String next = readResponse(in, false);
    assertThat(next)
        .as(
            "the response to HEAD has no body: the next octets on the connection must be the"
                + " response to the GET that followed, but were %s",
            next)
        .startsWith("HTTP/1.1 200 OK\r\n")
        .endsWith("\r\n\r\nHello, /hello\n");
  }

  @Test
  @DisplayName("keep-alive: two requests on one connection, then Connection: close closes it")
  void keepAlive() throws Exception {
    HttpServer server = server();
    Socket socket = raw(server);
    InputStream in = socket.getInputStream();
    write(socket, "GET /hello HTTP/1.1\r\nHost: x\r\n\r\n");
    assertThat(readResponse(in, false)).startsWith("HTTP/1.1 200 OK\r\n");
    write(socket, "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc");
    String second = readResponse(in, false);
    assertThat(second)
        .as("HTTP/1.1 connections persist: a second request on the same connection is answered")
        .isNotNull()
        .startsWith("HTTP/1.1 201 Created\r\n")
        .endsWith("abc");
    write(socket, "GET /hello HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    String last = readResponse(in, false);
    assertThat(last.toLowerCase())
        .as("a request with Connection: close is answered with Connection: close")
        .contains("connection: close\r\n");
    assertThat(in.read())
        .as("and then the server closes the connection: the client reads the end of the stream")
        .isEqualTo(-1);
  }

  @Test
  @DisplayName("an HTTP/1.0 request is answered and its connection closed")
  void http10Closes() throws Exception {
    HttpServer server = server();
    Socket socket = raw(server);
    write(socket, "GET /hello HTTP/1.0\r\n\r\n");
    InputStream in = socket.getInputStream();
    assertThat(readResponse(in, false)).startsWith("HTTP/1.1 200 OK\r\n");
    assertThat(in.read()).as("HTTP/1.0 does not keep the connection by default").isEqualTo(-1);
  }

  @Test
  @DisplayName("a slow client does not block the others")
  void slowClient() throws Exception {
    HttpServer server = server(Duration.ofSeconds(20));
    Socket slow = raw(server);
    write(slow, "GET /hello HTTP/1.1\r\nHo");
    CompletableFuture<Integer> other =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return send(server, "GET", "/hello", null).statusCode();
              } catch (Exception e) {
                return -1;
              }
            });
    assertThat(other.get(5, TimeUnit.SECONDS))
        .as(
            "while one client sends half a request and waits, another must be answered: serve each"
                + " connection on its own thread, not on the thread that accepts")
        .isEqualTo(200);
    write(slow, "st: x\r\n\r\n");
    assertThat(readResponse(slow.getInputStream(), false))
        .as("and the slow client is answered once its request is complete")
        .startsWith("HTTP/1.1 200 OK\r\n");
  }

  @Test
  @DisplayName("many clients at once are all answered")
  void concurrentClients() throws Exception {
    HttpServer server = server();
    List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/hello?i=" + i))
              .timeout(CLIENT_TIMEOUT)
              .build();
      responses.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
    }
    for (int i = 0; i < 16; i++) {
      assertThat(responses.get(i).get(10, TimeUnit.SECONDS).body())
          .isEqualTo("Hello, /hello?i=" + i + "\n");
    }
  }

  @Test
  @DisplayName("a client that sends nothing gets 408 after the idle timeout")
  void requestTimeout() throws Exception {
    HttpServer server = server(Duration.ofMillis(300));
    Socket silent = raw(server);
    String response;
    try {
      response = readResponse(silent.getInputStream(), false);
    } catch (SocketTimeoutException e) {
      response = "nothing within " + CLIENT_TIMEOUT;
    }
    assertThat(response)
        .as(
            "the client connected and sent nothing for longer than the idle timeout (300 ms): the"
                + " server answers 408 Request Timeout (set the socket's read timeout)")
        .isNotNull()
        .startsWith("HTTP/1.1 408 Request Timeout\r\n");
    assertThat(response.toLowerCase()).contains("connection: close\r\n");
    assertThat(silent.getInputStream().read()).as("then it closes the connection").isEqualTo(-1);
  }

  @Test
  @DisplayName("malformed octets get 400 and a closed connection")
  void malformed() throws Exception {
    HttpServer server = server();
    Socket socket = raw(server);
    write(socket, "THIS IS NOT HTTP\r\n\r\n");
    InputStream in = socket.getInputStream();
    assertThat(readResponse(in, false))
        .as("a request line that is not method SP target SP version: 400 Bad Request")
        .isNotNull()
        .startsWith("HTTP/1.1 400 Bad Request\r\n");
    assertThat(in.read()).as("then the connection is closed").isEqualTo(-1);
  }

  @Test
  @DisplayName("close() stops the server: new connections are refused")
  void closeStops() throws Exception {
    HttpServer server = server();
    int port = server.port();
    assertThat(send(server, "GET", "/hello", null).statusCode()).isEqualTo(200);
    server.close();
    boolean refused;
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(1000);
      write(socket, "GET /hello HTTP/1.1\r\nHost: x\r\n\r\n");
      refused = socket.getInputStream().read() < 0;
    } catch (SocketTimeoutException e) {
      // Another test's server may have been given the port since; it did not answer this one.
      refused = true;
    } catch (java.net.SocketException e) {
      refused = true;
    }
    assertThat(refused).as("after close() nothing answers on the port").isTrue();
  }
}
