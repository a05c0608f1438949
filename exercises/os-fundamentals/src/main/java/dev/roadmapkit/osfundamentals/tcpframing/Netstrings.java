package dev.roadmapkit.osfundamentals.tcpframing;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Exercise {@code os-fundamentals/tcp-framing}, part 1: netstrings, a framing as old as the web (D.
 * J. Bernstein, 1997): the payload's length in decimal ASCII, a colon, the payload, a comma. {@code
 * "hello"} travels as {@code 5:hello,}, the empty message as {@code 0:,}.
 *
 * <p>TCP delivers a stream of bytes, and a read returns whatever has arrived: part of a message, or
 * the end of one and the start of the next. So {@link #read} reads until it has the whole
 * netstring, and never assumes that one {@code read(buffer)} brings {@code length} bytes.
 */
public final class Netstrings {

  private Netstrings() {}

  /** The netstring of {@code payload}: {@code <length>:<payload>,}. */
  public static byte[] encode(byte[] payload) {
    throw new UnsupportedOperationException(
        "TODO os-fundamentals/tcp-framing: the length in ASCII digits, ':', the payload, ','");
  }

  /**
   * Reads one netstring and returns its payload; empty when the stream ends cleanly before its
   * first byte.
   *
   * @throws MalformedFrameException if the length is not decimal digits (at least one; no leading
   *     zero but in {@code 0} itself) followed by {@code ':'}; if it is over {@code maxLength}
   *     (found out while reading the digits, before the payload); if the payload is not followed by
   *     {@code ','}; or if the stream ends inside the netstring
   */
  public static Optional<byte[]> read(InputStream in, int maxLength) throws IOException {
    throw new UnsupportedOperationException(
        "TODO os-fundamentals/tcp-framing: digits up to ':', then readNBytes(length) (or a loop),"
            + " then the ','");
  }
}
