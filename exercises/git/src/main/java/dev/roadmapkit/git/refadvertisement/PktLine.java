package dev.roadmapkit.git.refadvertisement;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One pkt-line of git's wire protocol: a line of data, or the flush-pkt {@code 0000} that ends a
 * section. Given: do not change.
 */
public sealed interface PktLine permits PktLine.Data, PktLine.Flush {

  /** The flush-pkt. */
  PktLine FLUSH = new Flush();

  /**
   * A pkt-line with a payload (possibly empty: {@code 0004}).
   *
   * @param payload the bytes after the 4-digit length, as sent (a text line keeps its {@code \n})
   */
  record Data(byte[] payload) implements PktLine {

    public Data {
      payload = payload.clone();
    }

    @Override
    public byte[] payload() {
      return payload.clone();
    }

    /** The payload decoded as UTF-8, exactly (a final {@code \n} included). */
    public String text() {
      return new String(payload, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Data data && Arrays.equals(payload, data.payload);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(payload);
    }

    @Override
    public String toString() {
      return "Data[" + text().replace("\n", "\\n").replace("\0", "\\0") + "]";
    }
  }

  /** The flush-pkt {@code 0000}: the end of a list, here the end of the advertisement. */
  record Flush() implements PktLine {}
}
