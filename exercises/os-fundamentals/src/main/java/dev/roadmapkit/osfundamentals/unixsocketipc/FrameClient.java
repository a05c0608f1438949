package dev.roadmapkit.osfundamentals.unixsocketipc;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Exercise {@code os-fundamentals/unix-socket-ipc}, part 3: the client. One connection, one request
 * frame and one response frame at a time.
 */
public final class FrameClient implements AutoCloseable {

  private FrameClient() {}

  /**
   * Connects to the server at {@code socketPath} ({@code SocketChannel.open(StandardProtocolFamily
   * .UNIX)}, then {@code connect(UnixDomainSocketAddress.of(socketPath))}).
   *
   * @throws IOException if no server listens there
   */
  public static FrameClient connect(Path socketPath, int maxFrameLength) throws IOException {
    throw new UnsupportedOperationException(
        "TODO os-fundamentals/unix-socket-ipc: open a UNIX SocketChannel and connect it");
  }

  /**
   * Sends {@code request} as a frame and returns the payload of the response frame.
   *
   * @throws FrameTooLargeException if the request is over the limit (nothing is sent)
   * @throws java.io.EOFException if the server closes the connection instead of answering
   */
  public byte[] request(byte[] request) throws IOException {
    throw new UnsupportedOperationException(
        "TODO os-fundamentals/unix-socket-ipc: Frames.write, then Frames.read");
  }

  /** Closes the connection. */
  @Override
  public void close() throws IOException {
    throw new UnsupportedOperationException("TODO os-fundamentals/unix-socket-ipc: close it");
  }
}
