package dev.roadmapkit.osfundamentals.unixsocketipc;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Exercise {@code os-fundamentals/unix-socket-ipc}, part 2: a server on a Unix domain socket.
 *
 * <p>A Unix domain socket is a stream socket between processes of one machine, named by a file:
 * {@code ServerSocketChannel.open(StandardProtocolFamily.UNIX)}, bound to {@code
 * UnixDomainSocketAddress.of(path)}. What it must do:
 *
 * <ul>
 *   <li>{@link #start}: remove a stale socket file left by a server that crashed (binding to an
 *       existing file fails), bind, and accept connections on a thread of its own;
 *   <li>each connection is served on its own thread: read a request frame ({@link Frames#read}),
 *       answer with the handler's response frame, and again, until the client ends the stream;
 *   <li>a frame over the limit, a stream that ends mid-frame, or a handler that throws: close that
 *       connection (no answer) and go on serving the others;
 *   <li>{@link #close}: stop accepting, close the open connections, and delete the socket file (the
 *       file outlives the socket otherwise);
 *   <li>{@link #main}: the server as a process of its own, for another process to talk to.
 * </ul>
 */
public final class FrameServer implements AutoCloseable {

  private final Path socketPath;
  private final RequestHandler handler;
  private final int maxFrameLength;

  /** A server for {@code socketPath} that refuses frames over {@code maxFrameLength} bytes. */
  public FrameServer(Path socketPath, RequestHandler handler, int maxFrameLength) {
    this.socketPath = socketPath;
    this.handler = handler;
    this.maxFrameLength = maxFrameLength;
  }

  /** Binds the socket file and starts accepting. */
  public void start() throws IOException {
    throw new UnsupportedOperationException(
        "TODO os-fundamentals/unix-socket-ipc: delete a stale file, bind a UNIX"
            + " ServerSocketChannel, accept on a thread, serve each connection on its own");
  }

  /** Stops accepting, closes every connection and deletes the socket file. */
  @Override
  public void close() throws IOException {
    // Nothing to close until start() works.
  }

  /**
   * Runs a server of {@link UpperCase} at {@code args[0]} with the limit {@code args[1]}; once it
   * accepts, prints {@code READY} and a line break to stdout, and serves until the process is told
   * to end (SIGTERM), when a shutdown hook closes it, which deletes the socket file.
   */
  public static void main(String[] args) throws Exception {
    throw new UnsupportedOperationException(
        "TODO os-fundamentals/unix-socket-ipc: start, add a shutdown hook that closes, print"
            + " READY, then wait forever");
  }
}
