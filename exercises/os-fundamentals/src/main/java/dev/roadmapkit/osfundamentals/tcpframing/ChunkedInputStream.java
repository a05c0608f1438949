package dev.roadmapkit.osfundamentals.tcpframing;

import java.io.InputStream;
import java.util.List;

/**
 * An input stream that hands out its bytes in chunks of the given sizes (repeated), the way a
 * socket delivers what the network split: a {@code read(buffer)} returns at most the next chunk,
 * however much more is there. Given: do not change.
 */
public final class ChunkedInputStream extends InputStream {

  private final byte[] data;
  private final List<Integer> chunks;
  private int position;
  private int next;

  /** Streams {@code data} in chunks of {@code chunkSizes} bytes (each at least 1), round robin. */
  public ChunkedInputStream(byte[] data, List<Integer> chunkSizes) {
    if (chunkSizes.isEmpty() || chunkSizes.stream().anyMatch(size -> size < 1)) {
      throw new IllegalArgumentException("chunk sizes must be at least 1: " + chunkSizes);
    }
    this.data = data.clone();
    this.chunks = List.copyOf(chunkSizes);
  }

  @Override
  public int read() {
    return position < data.length ? data[position++] & 0xFF : -1;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    if (position == data.length) {
      return -1;
    }
    int chunk = chunks.get(next++ % chunks.size());
    int n = Math.min(Math.min(chunk, length), data.length - position);
    System.arraycopy(data, position, buffer, offset, n);
    position += n;
    return n;
  }

  /** How many bytes have been read so far. */
  public int consumed() {
    return position;
  }
}
