package dev.roadmapkit.osfundamentals.tcpframing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("os-fundamentals/tcp-framing: NetstringServer")
class NetstringServerTest {

  private static final Duration LIMIT = Duration.ofSeconds(3);
  private static final Duration TIMEOUT = Duration.ofSeconds(2);
  private static final String HANG =
      "no answer within 3 s: does the server read whole netstrings, answer each one (flushed),"
          + " and serve each connection on its own thread?";

  private final List<AutoCloseable> open = new ArrayList<>();

  @AfterEach
  void closeEverything() throws Exception {
    for (AutoCloseable c : open) {
      c.close();
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private NetstringServer server(int max) throws IOException {
    NetstringServer server =
        new NetstringServer(
            m ->
                new String(m, StandardCharsets.UTF_8)
                    .toUpperCase(Locale.ROOT)
                    .getBytes(StandardCharsets.UTF_8),
            max);
    open.add(server);
    server.start();
    return server;
  }

  private InetSocketAddress address(NetstringServer server) {
    return new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port());
  }

  private Socket raw(NetstringServer server) throws IOException {
    Socket socket = new Socket();
    open.add(socket);
    socket.connect(address(server), (int) TIMEOUT.toMillis());
    socket.setSoTimeout((int) TIMEOUT.toMillis());
    return socket;
  }

  @Test
  @DisplayName(
      "the server answers every netstring of a connection, then closes after the client's end")
  void answersEveryMessage() {
    NetstringServer server = assertTimeoutPreemptively(LIMIT, () -> server(100), HANG);
    List<byte[]> answers =
        assertTimeoutPreemptively(
            LIMIT,
            () ->
                NetstringClient.exchange(
                    address(server),
                    List.of(utf8("alpha"), utf8(""), utf8("gamma")),
                    TIMEOUT,
                    TIMEOUT,
                    100),
            HANG);
    assertThat(answers)
        .as(
            "answers to alpha, the empty message and gamma, and then the end of the stream: close"
                + " the connection once the client's stream ends")
        .usingElementComparator(Arrays::compare)
        .containsExactly(utf8("ALPHA"), new byte[0], utf8("GAMMA"));
  }

  @Test
  @DisplayName("requests written in pieces with flushes between them are reassembled by the server")
  void requestsInPieces() throws IOException {
    NetstringServer server = server(100);
    Socket socket = raw(server);
    byte[] wire = utf8("3:abc,11:hello world,");
    byte[] answer =
        assertTimeoutPreemptively(
            LIMIT,
            () -> {
              OutputStream out = socket.getOutputStream();
              for (byte b : wire) {
                out.write(b);
                out.flush();
              }
              socket.shutdownOutput();
              return socket.getInputStream().readAllBytes();
            },
            HANG);
    assertThat(new String(answer, StandardCharsets.UTF_8))
        .as("what the server sent back to requests written one byte per flush")
        .isEqualTo("3:ABC,11:HELLO WORLD,");
  }

  @Test
  @DisplayName("each answer is sent at once, while the client may still be sending")
  void answersBeforeTheEnd() throws IOException {
    NetstringServer server = server(100);
    Socket socket = raw(server);
    byte[] first =
        assertTimeoutPreemptively(
            LIMIT,
            () -> {
              socket.getOutputStream().write(utf8("2:hi,"));
              socket.getOutputStream().flush();
              return socket.getInputStream().readNBytes(5);
            },
            "the answer to a request did not come while the connection stayed open: write and"
                + " flush each answer as soon as its request is read");
    assertThat(first)
        .as("the first answer, before the client ended its stream")
        .isEqualTo(utf8("2:HI,"));
  }

  @Test
  @DisplayName("a malformed netstring closes that connection, and the server serves the next one")
  void malformedClosesTheConnection() throws IOException {
    NetstringServer server = server(10);
    Socket bad = raw(server);
    byte[] answer =
        assertTimeoutPreemptively(
            LIMIT,
            () -> {
              bad.getOutputStream().write(utf8("99:too long for the limit"));
              bad.getOutputStream().flush();
              return bad.getInputStream().readAllBytes();
            },
            "a netstring over the limit: the server must close the connection");
    assertThat(answer).as("the answer to a netstring over the limit: none").isEmpty();

    List<byte[]> next =
        assertTimeoutPreemptively(
            LIMIT,
            () ->
                NetstringClient.exchange(
                    address(server), List.of(utf8("ok")), TIMEOUT, TIMEOUT, 10),
            HANG);
    assertThat(next)
        .as("the next client's answers")
        .usingElementComparator(Arrays::compare)
        .containsExactly(utf8("OK"));
  }

  @Test
  @DisplayName("an idle connection does not hold up another client")
  void connectionsAreConcurrent() throws IOException {
    NetstringServer server = server(100);
    Socket idle = raw(server);
    idle.getOutputStream().write(utf8("5:he")); // half a netstring, then silence
    idle.getOutputStream().flush();
    List<byte[]> answers =
        assertTimeoutPreemptively(
            LIMIT,
            () ->
                NetstringClient.exchange(
                    address(server), List.of(utf8("me")), TIMEOUT, TIMEOUT, 100),
            "a client waited while another connection was idle: serve each connection on a thread"
                + " of its own");
    assertThat(answers)
        .as("the busy client's answer")
        .usingElementComparator(Arrays::compare)
        .containsExactly(utf8("ME"));
  }

  @Test
  @DisplayName("close stops accepting and ends the open connections")
  void closeEndsEverything() throws IOException {
    NetstringServer server = server(100);
    Socket socket = raw(server);
    socket.getOutputStream().write(utf8("1:x,"));
    socket.getOutputStream().flush();
    assertThat(assertTimeoutPreemptively(LIMIT, () -> socket.getInputStream().readNBytes(4), HANG))
        .as("the answer before close()")
        .isEqualTo(utf8("1:X,"));

    server.close();
    assertThat(assertTimeoutPreemptively(LIMIT, () -> socket.getInputStream().read(), HANG))
        .as("what an open connection reads after close(): the end of the stream (-1)")
        .isEqualTo(-1);
    // A thread blocked in accept() may take a moment to let go of the port: poll, bounded.
    boolean refused = false;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
    while (!refused && System.nanoTime() < deadline) {
      try (Socket late = new Socket()) {
        late.connect(address(server), 500);
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
      } catch (ConnectException e) {
        refused = true;
      } catch (IOException e) {
        // a timeout: the port still listens, nobody accepts; look again
      }
    }
    assertThat(refused)
        .as(
            "whether connections to the port are refused within 2 s of close(): close the"
                + " ServerSocket, not only the connections")
        .isTrue();
  }
}
