package dev.roadmapkit.osfundamentals.unixsocketipc;

import java.io.EOFException;
import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;

/**
 * Reference solution: one blocking channel, a frame out and a frame back. A server that closes
 * instead of answering (it refused the request) is an {@link EOFException}, not an empty answer.
 */
public final class FrameClient implements AutoCloseable {

  private final SocketChannel channel;
  private final int maxFrameLength;

  private FrameClient(SocketChannel channel, int maxFrameLength) {
    this.channel = channel;
    this.maxFrameLength = maxFrameLength;
  }

  public static FrameClient connect(Path socketPath, int maxFrameLength) throws IOException {
    // open(address) connects, and closes the channel itself when connecting fails.
    SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socketPath));
    return new FrameClient(channel, maxFrameLength);
  }

  public byte[] request(byte[] request) throws IOException {
    Frames.write(channel, request, maxFrameLength);
    return Frames.read(channel, maxFrameLength)
        .orElseThrow(() -> new EOFException("the server closed the connection without answering"));
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
