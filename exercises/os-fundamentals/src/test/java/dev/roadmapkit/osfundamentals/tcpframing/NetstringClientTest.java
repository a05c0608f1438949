package dev.roadmapkit.osfundamentals.tcpframing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("os-fundamentals/tcp-framing: NetstringClient against test servers")
class NetstringClientTest {

  private static final Duration SHORT = Duration.ofMillis(300);
  private static final Duration GENEROUS = Duration.ofSeconds(2);
  private static final Duration LIMIT = Duration.ofSeconds(3);

  private final List<AutoCloseable> open = Collections.synchronizedList(new ArrayList<>());

  @AfterEach
  void closeEverything() throws Exception {
    // Closing the test's sockets also frees a client a wrong solution left waiting.
    synchronized (open) {
      for (AutoCloseable c : open) {
        c.close();
      }
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private ServerSocket listen(int backlog) throws IOException {
    ServerSocket server = new ServerSocket(0, backlog, InetAddress.getLoopbackAddress());
    open.add(server);
    return server;
  }

  private static InetSocketAddress address(ServerSocket server) {
    return new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort());
  }

  /**
   * A server that reads the whole request stream up to the client's end of stream, and only then
   * answers: each netstring back in capitals, and a last one saying how many bytes it read.
   */
  private CompletableFuture<byte[]> batchServer(ServerSocket server) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            Socket connection = server.accept();
            open.add(connection);
            connection.setSoTimeout((int) GENEROUS.toMillis());
            byte[] received = connection.getInputStream().readAllBytes(); // until the client's FIN
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            InputStream in = new java.io.ByteArrayInputStream(received);
            java.util.Optional<byte[]> request;
            while ((request = Netstrings.read(in, 1000)).isPresent()) {
              answer.writeBytes(
                  Netstrings.encode(
                      new String(request.get(), StandardCharsets.UTF_8)
                          .toUpperCase()
                          .getBytes(StandardCharsets.UTF_8)));
            }
            answer.writeBytes(Netstrings.encode(utf8("read " + received.length + " bytes")));
            connection.getOutputStream().write(answer.toByteArray());
            connection.close();
            return received;
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
  }

  @Test
  @DisplayName("the client sends its netstrings, half-closes, and reads every answer until the end")
  void halfCloseThenRead() throws Exception {
    ServerSocket server = listen(50);
    CompletableFuture<byte[]> received = batchServer(server);

    List<byte[]> answers =
        assertTimeoutPreemptively(
            LIMIT,
            () ->
                NetstringClient.exchange(
                    address(server), List.of(utf8("one"), utf8("two")), GENEROUS, GENEROUS, 1000),
            "no answer: this server answers only after the client's end of stream, so the client"
                + " must call socket.shutdownOutput() after its last request");
    assertThat(received.get(1, TimeUnit.SECONDS))
        .as("what the server read before the client's end of stream")
        .isEqualTo(utf8("3:one,3:two,"));
    assertThat(answers)
        .as(
            "the answers, read until the server closed: shutdownOutput() keeps the socket open for"
                + " reading, closing the output stream would close the socket")
        .usingElementComparator(java.util.Arrays::compare)
        .containsExactly(utf8("ONE"), utf8("TWO"), utf8("read 12 bytes"));
  }

  @Test
  @DisplayName(
      "a server that accepts and never answers makes the client fail with its read timeout")
  void readTimeout() throws Exception {
    ServerSocket server = listen(50);
    CompletableFuture.runAsync(
        () -> {
          try {
            open.add(server.accept()); // accepted, never read from, never answered
          } catch (IOException e) {
            // closed at the end of the test
          }
        });

    assertTimeoutPreemptively(
        LIMIT,
        () ->
            assertThrows(
                SocketTimeoutException.class,
                () ->
                    NetstringClient.exchange(
                        address(server), List.of(utf8("anyone?")), GENEROUS, SHORT, 1000),
                "the read timeout was 300 ms: the read must throw SocketTimeoutException"),
        "the client waited for a silent server for seconds: set socket.setSoTimeout(readTimeout)"
            + " before reading");
  }

  @Test
  @DisplayName("a server whose backlog is full makes the client fail with its connect timeout")
  void connectTimeout() throws Exception {
    ServerSocket server = listen(1); // never accepts
    // Fill the backlog until the system stops answering new connections.
    boolean full = false;
    for (int i = 0; i < 20 && !full; i++) {
      Socket filler = new Socket();
      open.add(filler);
      try {
        filler.connect(address(server), 200);
      } catch (SocketTimeoutException e) {
        full = true;
      }
    }
    assumeTrue(
        full,
        "this system completes connections beyond a full backlog, so a connect timeout cannot be"
            + " provoked on loopback here (Linux can); the read timeout is tested all the same");

    assertTimeoutPreemptively(
        LIMIT,
        () ->
            assertThrows(
                SocketTimeoutException.class,
                () ->
                    NetstringClient.exchange(
                        address(server), List.of(utf8("hello?")), SHORT, GENEROUS, 1000),
                "the connect timeout was 300 ms: socket.connect(address, timeout) must throw"
                    + " SocketTimeoutException"),
        "the client waited for seconds for a server that never accepts: connect with"
            + " socket.connect(address, (int) connectTimeout.toMillis())");
  }

  @Test
  @DisplayName("answers that arrive in pieces, flushed apart, are reassembled")
  void answersInPieces() throws Exception {
    ServerSocket server = listen(50);
    byte[] wire = utf8("5:first,0:,6:second,");
    CompletableFuture.runAsync(
        () -> {
          try {
            Socket connection = server.accept();
            open.add(connection);
            connection.getInputStream().readAllBytes();
            var out = connection.getOutputStream();
            int[] pieces = {1, 2, 3, 1, 5, 8};
            int at = 0;
            for (int i = 0; at < wire.length; i++) {
              int n = Math.min(pieces[i % pieces.length], wire.length - at);
              out.write(wire, at, n);
              out.flush();
              at += n;
            }
            connection.close();
          } catch (IOException e) {
            // the test fails on its own
          }
        });

    List<byte[]> answers =
        assertTimeoutPreemptively(
            LIMIT,
            () ->
                NetstringClient.exchange(
                    address(server), List.of(utf8("go")), GENEROUS, GENEROUS, 100),
            "no answer within 3 s");
    assertThat(answers)
        .as("answers the server wrote in pieces of 1, 2, 3, 1, 5 and 8 bytes")
        .usingElementComparator(java.util.Arrays::compare)
        .containsExactly(utf8("first"), new byte[0], utf8("second"));
  }

  @Test
  @DisplayName("an answer over the client's limit is refused")
  void answerOverTheLimit() throws Exception {
    ServerSocket server = listen(50);
    CompletableFuture.runAsync(
        () -> {
          try {
            Socket connection = server.accept();
            open.add(connection);
            connection.getInputStream().readAllBytes();
            connection.getOutputStream().write(utf8("11:hello world,"));
            connection.close();
          } catch (IOException e) {
            // the test fails on its own
          }
        });
    assertTimeoutPreemptively(
        LIMIT,
        () ->
            assertThrows(
                MalformedFrameException.class,
                () ->
                    NetstringClient.exchange(
                        address(server), List.of(utf8("go")), GENEROUS, GENEROUS, 10),
                "an answer of 11 bytes with a limit of 10"),
        "no answer within 3 s");
  }
}
