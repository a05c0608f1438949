package dev.roadmapkit.osfundamentals.tcpframing;

import java.io.IOException;

/**
 * Exercise {@code os-fundamentals/tcp-framing}, part 3: a server on an ephemeral port of 127.0.0.1.
 *
 * <ul>
 *   <li>{@link #start}: bind a {@link java.net.ServerSocket} to {@code 127.0.0.1} port 0 (the
 *       system picks a free one, {@link #port} tells which), accept on a thread of its own, serve
 *       each connection on another;
 *   <li>per connection: read netstrings, answer each with the handler's netstring (flushed, so the
 *       client sees it while it may still be sending), until the client ends its stream; then close
 *       the connection, which ends the client's read loop;
 *   <li>a malformed netstring closes that connection; the server goes on;
 *   <li>{@link #close}: stop accepting and close the open connections.
 * </ul>
 */
public final class NetstringServer implements AutoCloseable {

  private final MessageHandler handler;
  private final int maxLength;

  /** A server that answers with {@code handler} and refuses netstrings over {@code maxLength}. */
  public NetstringServer(MessageHandler handler, int maxLength) {
    this.handler = handler;
    this.maxLength = maxLength;
  }

  /** Binds 127.0.0.1 on an ephemeral port and starts accepting. */
  public void start() throws IOException {
    throw new UnsupportedOperationException(
        "TODO os-fundamentals/tcp-framing: bind, accept on a thread, serve connections on others");
  }

  /** The port the server listens on. */
  public int port() {
    throw new UnsupportedOperationException("TODO os-fundamentals/tcp-framing: the bound port");
  }

  /** Stops accepting and closes every open connection. */
  @Override
  public void close() throws IOException {
    // Nothing to close until start() works.
  }
}
