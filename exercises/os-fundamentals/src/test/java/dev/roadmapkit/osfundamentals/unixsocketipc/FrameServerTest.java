package dev.roadmapkit.osfundamentals.unixsocketipc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.EOFException;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("os-fundamentals/unix-socket-ipc: FrameServer and FrameClient in one process")
class FrameServerTest {

  private static final Duration LIMIT = Duration.ofSeconds(3);
  private static final String HANG =
      "no answer within 3 s: does the server read whole frames in a loop, answer each one, and"
          + " serve every connection on its own thread?";

  @TempDir Path dir;
  private Path socket;
  private final List<AutoCloseable> open = new ArrayList<>();

  @BeforeEach
  void unixSocketsExist() {
    assumeFalse(
        System.getProperty("os.name").toLowerCase().startsWith("windows"),
        "unix-socket-ipc runs on Linux and macOS (Windows 10+ has AF_UNIX, but this exercise is"
            + " checked on POSIX systems): use WSL");
    socket = dir.resolve("s"); // short: a socket path must stay under about 100 bytes
  }

  @AfterEach
  void closeEverything() throws Exception {
    for (AutoCloseable c : open) {
      c.close();
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private FrameServer server(int maxFrame) throws IOException {
    FrameServer server = new FrameServer(socket, new UpperCase(), maxFrame);
    open.add(server);
    server.start();
    return server;
  }

  private FrameClient client(int maxFrame) throws IOException {
    FrameClient client = FrameClient.connect(socket, maxFrame);
    open.add(client);
    return client;
  }

  private SocketChannel raw() throws IOException {
    SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
    open.add(channel);
    channel.connect(UnixDomainSocketAddress.of(socket));
    return channel;
  }

  /** Reads one response frame the test's way, or null at the end of the stream. */
  private static byte[] readFrame(SocketChannel channel) throws IOException {
    ByteBuffer header = ByteBuffer.allocate(4);
    while (header.hasRemaining()) {
      if (channel.read(header) < 0) {
        return null;
      }
    }
    ByteBuffer payload = ByteBuffer.allocate(header.flip().getInt());
    while (payload.hasRemaining()) {
      if (channel.read(payload) < 0) {
        throw new EOFException("the server closed in the middle of a response");
      }
    }
    return payload.array();
  }

  private static void send(SocketChannel channel, byte[] bytes) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
  }

  private static byte[] frame(int length, byte[] payload) {
    return ByteBuffer.allocate(4 + payload.length).putInt(length).put(payload).array();
  }

  @Test
  @DisplayName("the client's requests get the handler's responses, several on one connection")
  void requestAndResponse() throws IOException {
    server(1024);
    FrameClient client = client(1024);

    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          assertThat(new String(client.request(utf8("hello")), StandardCharsets.UTF_8))
              .as("the response to 'hello' (the server's handler is UpperCase)")
              .isEqualTo("HELLO");
          assertThat(
                  new String(
                      client.request(utf8("again, on one connection")), StandardCharsets.UTF_8))
              .as("a second request on the same connection")
              .isEqualTo("AGAIN, ON ONE CONNECTION");
          assertThat(client.request(new byte[0])).as("the response to an empty request").isEmpty();
        },
        HANG);
  }

  @Test
  @DisplayName("a request sent one byte per write is reassembled by the server")
  void serverReassemblesByteByByte() throws IOException {
    server(1024);
    SocketChannel channel = raw();
    byte[] request = frame(11, utf8("split words"));

    byte[] response =
        assertTimeoutPreemptively(
            LIMIT,
            () -> {
              for (byte b : request) {
                send(channel, new byte[] {b});
              }
              return readFrame(channel);
            },
            HANG);
    assertThat(response)
        .as(
            "the response to a frame that arrived byte by byte: the server's read must loop until"
                + " the header and the payload are complete")
        .isEqualTo(utf8("SPLIT WORDS"));
  }

  @Test
  @DisplayName("a frame over the limit closes that connection, and the server serves the next one")
  void oversizedFrameClosesTheConnection() throws IOException {
    server(16);
    SocketChannel greedy = raw();

    byte[] answer =
        assertTimeoutPreemptively(
            LIMIT,
            () -> {
              send(greedy, frame(1_000_000, new byte[0]));
              return readFrame(greedy);
            },
            "a header announcing 1,000,000 bytes with a limit of 16: the server must close the"
                + " connection at once, not wait for (or allocate) a megabyte");
    assertThat(answer)
        .as("the server's answer to an oversized frame: none, the connection closed")
        .isNull();

    FrameClient next = client(16);
    assertThat(assertTimeoutPreemptively(LIMIT, () -> next.request(utf8("still there?")), HANG))
        .as("a new client after the oversized frame")
        .isEqualTo(utf8("STILL THERE?"));
  }

  @Test
  @DisplayName("a connection that ends mid-frame is closed, and the server serves the next one")
  void truncatedFrameClosesTheConnection() throws IOException {
    server(1024);
    SocketChannel cut = raw();

    byte[] answer =
        assertTimeoutPreemptively(
            LIMIT,
            () -> {
              send(cut, frame(10, utf8("abc")));
              cut.shutdownOutput();
              return readFrame(cut);
            },
            "a client sent 3 of 10 payload bytes and ended its stream: the server must see the end"
                + " (read returns -1) and close the connection");
    assertThat(answer).as("the answer to a truncated frame: none").isNull();

    assertThat(assertTimeoutPreemptively(LIMIT, () -> client(1024).request(utf8("next")), HANG))
        .as("a new client afterwards")
        .isEqualTo(utf8("NEXT"));
  }

  @Test
  @DisplayName("an idle connection does not hold up another client")
  void connectionsAreServedConcurrently() throws IOException {
    server(1024);
    FrameClient idle = client(1024);
    SocketChannel halfSent = raw();
    send(halfSent, new byte[] {0, 0}); // half a header, then silence

    FrameClient busy = client(1024);
    assertThat(
            assertTimeoutPreemptively(
                LIMIT,
                () -> busy.request(utf8("me first")),
                "a client waited while another connection was idle: serve each connection on a"
                    + " thread of its own, and accept on yet another"))
        .as("the busy client's answer")
        .isEqualTo(utf8("ME FIRST"));
    assertThat(assertTimeoutPreemptively(LIMIT, () -> idle.request(utf8("now me")), HANG))
        .as("the idle client, later")
        .isEqualTo(utf8("NOW ME"));
  }

  @Test
  @DisplayName("the client refuses a request over the limit before sending anything")
  void clientRefusesOversizedRequest() throws IOException {
    server(1024);
    FrameClient client = client(8);
    assertThrows(
        FrameTooLargeException.class,
        () -> client.request(utf8("nine byte")),
        "a request of 9 bytes with the client's limit of 8");
    assertThat(assertTimeoutPreemptively(LIMIT, () -> client.request(utf8("eight by")), HANG))
        .as("the next request on the same connection: nothing of the refused one was sent")
        .isEqualTo(utf8("EIGHT BY"));
  }

  @Test
  @DisplayName(
      "a handler that throws closes that connection; the client reports it as EOFException")
  void clientReportsClosedConnection() throws IOException {
    FrameServer server =
        new FrameServer(
            socket,
            request -> {
              if (new String(request, StandardCharsets.UTF_8).equals("boom")) {
                throw new IllegalStateException("the handler failed");
              }
              return request;
            },
            1024);
    open.add(server);
    server.start();
    FrameClient client = client(1024);
    assertTimeoutPreemptively(
        LIMIT,
        () ->
            assertThrows(
                EOFException.class,
                () -> client.request(utf8("boom")),
                "the handler threw, so the server closed the connection without a response:"
                    + " Frames.read gives Optional.empty(), which the client must turn into"
                    + " EOFException"),
        HANG);
    assertThat(assertTimeoutPreemptively(LIMIT, () -> client(1024).request(utf8("fine")), HANG))
        .as("another client after a handler failed: the server goes on")
        .isEqualTo(utf8("fine"));
  }

  @Test
  @DisplayName("close deletes the socket file; start removes a stale one")
  void socketFileLifecycle() throws IOException {
    new FrameServer(socket, new UpperCase(), 1024).close(); // never started: nothing to do
    Files.writeString(socket, "left by a server that crashed");
    FrameServer server = server(1024);
    assertThat(Files.exists(socket)).as("the socket file while the server runs").isTrue();
    assertThat(assertTimeoutPreemptively(LIMIT, () -> client(1024).request(utf8("up")), HANG))
        .as("an answer from a server that found a stale file at its path")
        .isEqualTo(utf8("UP"));

    server.close();
    assertThat(Files.exists(socket))
        .as("the socket file after close(): it outlives the socket unless deleted")
        .isFalse();
    assertThrows(
        IOException.class,
        () -> FrameClient.connect(socket, 1024),
        "connecting to a closed server must fail");
  }

  @Test
  @DisplayName("a closed client refuses further requests")
  void closedClientRefuses() throws IOException {
    server(1024);
    FrameClient client = client(1024);
    assertThat(assertTimeoutPreemptively(LIMIT, () -> client.request(utf8("once")), HANG))
        .as("an answer before the close")
        .isEqualTo(utf8("ONCE"));
    client.close();
    assertThrows(
        IOException.class,
        () -> client.request(utf8("twice")),
        "a request after close(): the channel must be closed (ClosedChannelException)");
  }

  @Test
  @DisplayName("close ends the connections that are open")
  void closeEndsOpenConnections() throws IOException {
    FrameServer server = server(1024);
    SocketChannel channel = raw();
    send(channel, frame(2, utf8("hi")));
    assertThat(assertTimeoutPreemptively(LIMIT, () -> readFrame(channel), HANG))
        .as("the answer before the close")
        .isEqualTo(utf8("HI"));

    server.close();
    assertThat(
            assertTimeoutPreemptively(
                LIMIT,
                () -> readFrame(channel),
                "after close() the server's end of an open connection must be closed too"))
        .as("what an open connection reads after close(): the end of the stream")
        .isNull();
  }
}
