package dev.roadmapkit.osfundamentals.unixsocketipc;

import java.io.IOException;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.util.Optional;

/**
 * Exercise {@code os-fundamentals/unix-socket-ipc}, part 1: length-prefixed frames.
 *
 * <p>A stream socket delivers bytes, not messages: one {@code write} of 100 bytes may arrive as
 * several reads of any sizes, and two writes may arrive as one read. So each message travels as a
 * frame: its length as 4 bytes, big-endian (network order, what {@link java.nio.ByteBuffer#putInt}
 * writes), then that many bytes of payload.
 *
 * <ul>
 *   <li>{@link #write}: a channel may accept fewer bytes than offered, so write until nothing is
 *       left;
 *   <li>{@link #read}: a read may return any number of bytes from 1 up, so read until the header is
 *       complete, then until the payload is; a read of -1 is the end of the stream;
 *   <li>the length is checked against the limit before anything else happens, so a peer cannot make
 *       us allocate 2 GiB by sending 4 bytes.
 * </ul>
 */
public final class Frames {

  private Frames() {}

  /**
   * Writes {@code payload} as one frame.
   *
   * @throws FrameTooLargeException if the payload is longer than {@code maxLength}; nothing is
   *     written then
   */
  public static void write(WritableByteChannel channel, byte[] payload, int maxLength)
      throws IOException {
    throw new UnsupportedOperationException(
        "TODO os-fundamentals/unix-socket-ipc: check the length, then putInt(length), put(payload),"
            + " and write until the buffer has nothing remaining");
  }

  /**
   * Reads one frame and returns its payload; empty when the stream ends cleanly, before the first
   * byte of a frame.
   *
   * @throws FrameTooLargeException if the header announces more than {@code maxLength} bytes, or a
   *     negative length; nothing more is read from the channel then
   * @throws TruncatedFrameException if the stream ends inside the header or the payload
   */
  public static Optional<byte[]> read(ReadableByteChannel channel, int maxLength)
      throws IOException {
    throw new UnsupportedOperationException(
        "TODO os-fundamentals/unix-socket-ipc: fill a 4-byte buffer in a loop, check the length,"
            + " then fill the payload buffer in a loop");
  }
}
