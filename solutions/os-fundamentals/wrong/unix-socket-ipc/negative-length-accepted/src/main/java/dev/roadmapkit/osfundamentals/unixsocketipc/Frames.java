package dev.roadmapkit.osfundamentals.unixsocketipc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.util.Optional;

/**
 * Reference solution. The key idea: a stream has no message boundaries, so both directions loop
 * until a buffer is full (or empty) instead of trusting one call. The length is checked before the
 * payload buffer exists: the limit is what protects the reader's memory.
 */
public final class Frames {

  private static final int HEADER = Integer.BYTES;

  private Frames() {}

  public static void write(WritableByteChannel channel, byte[] payload, int maxLength)
      throws IOException {
    if (payload.length > maxLength) {
      throw new FrameTooLargeException(payload.length, maxLength);
    }
    ByteBuffer frame = ByteBuffer.allocate(HEADER + payload.length);
    frame.putInt(payload.length).put(payload).flip();
    while (frame.hasRemaining()) {
      channel.write(frame);
    }
  }

  public static Optional<byte[]> read(ReadableByteChannel channel, int maxLength)
      throws IOException {
    ByteBuffer header = ByteBuffer.allocate(HEADER);
    if (!fill(channel, header)) {
      if (header.position() == 0) {
        return Optional.empty();
      }
      throw new TruncatedFrameException(HEADER, header.position());
    }
    int length = header.flip().getInt();
    if (length > maxLength) {
      throw new FrameTooLargeException(Integer.toUnsignedLong(length), maxLength);
    }
    ByteBuffer payload = ByteBuffer.allocate(length);
    if (!fill(channel, payload)) {
      throw new TruncatedFrameException(HEADER + length, HEADER + payload.position());
    }
    return Optional.of(payload.array());
  }

  /** Reads until the buffer is full; false if the stream ends first. */
  private static boolean fill(ReadableByteChannel channel, ByteBuffer buffer) throws IOException {
    while (buffer.hasRemaining()) {
      if (channel.read(buffer) < 0) {
        return false;
      }
    }
    return true;
  }
}
