package dev.roadmapkit.osfundamentals.unixsocketipc;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.util.List;

/** Channels that move few bytes per call, as a socket may, and count what they moved. */
final class SlowChannels {

  private SlowChannels() {}

  /** Reads out {@code data}, at most the next chunk size per call (the sizes repeat). */
  static final class Reading implements ReadableByteChannel {
    private final byte[] data;
    private final List<Integer> chunks;
    private int position;
    private int calls;

    Reading(byte[] data, List<Integer> chunks) {
      this.data = data;
      this.chunks = chunks;
    }

    /** Bytes handed out so far. */
    int consumed() {
      return position;
    }

    @Override
    public int read(ByteBuffer dst) {
      if (position == data.length) {
        return -1;
      }
      int chunk = Math.max(1, chunks.get(calls++ % chunks.size()));
      int n = Math.min(Math.min(chunk, dst.remaining()), data.length - position);
      dst.put(data, position, n);
      position += n;
      return n;
    }

    @Override
    public boolean isOpen() {
      return true;
    }

    @Override
    public void close() {}
  }

  /** Accepts at most {@code perCall} bytes per write. */
  static final class Writing implements WritableByteChannel {
    final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private final int perCall;
    int calls;

    Writing(int perCall) {
      this.perCall = perCall;
    }

    @Override
    public int write(ByteBuffer src) {
      calls++;
      int n = Math.min(perCall, src.remaining());
      byte[] bytes = new byte[n];
      src.get(bytes);
      written.write(bytes, 0, n);
      return n;
    }

    @Override
    public boolean isOpen() {
      return true;
    }

    @Override
    public void close() {}
  }
}
