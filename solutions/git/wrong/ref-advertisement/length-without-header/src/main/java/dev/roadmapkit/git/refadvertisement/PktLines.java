package dev.roadmapkit.git.refadvertisement;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reference solution. The key idea: trust nothing the length says until it is checked, then read
 * exactly that many bytes with readNBytes, which loops over short reads and stops at the end of the
 * stream, so a short answer means truncation, not a hang and not a read past the end. The
 * trade-off: a payload is read into one array (at most 64 KiB by the protocol's own bound) instead
 * of being streamed.
 */
public final class PktLines {

  public static final int MAX_LENGTH = 65520;

  public static final int MAX_PAYLOAD = MAX_LENGTH - 4;

  private PktLines() {}

  public static byte[] encode(byte[] payload) {
    if (payload.length > MAX_PAYLOAD) {
      throw new IllegalArgumentException(
          "a pkt-line carries at most " + MAX_PAYLOAD + " bytes, not " + payload.length);
    }
    byte[] line = new byte[payload.length + 4];
    byte[] header = String.format("%04x", payload.length).getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(header, 0, line, 0, 4);
    System.arraycopy(payload, 0, line, 4, payload.length);
    return line;
  }

  public static byte[] encode(String line) {
    return encode(line.getBytes(StandardCharsets.UTF_8));
  }

  public static byte[] flush() {
    return "0000".getBytes(StandardCharsets.US_ASCII);
  }

  public static Optional<PktLine> read(InputStream in) throws IOException {
    byte[] header = in.readNBytes(4);
    if (header.length == 0) {
      return Optional.empty();
    }
    if (header.length < 4) {
      throw new PktLineException(
          PktLineException.Reason.TRUNCATED,
          "the stream ended after " + header.length + " of the 4 bytes of a pkt-line's length");
    }
    int length = 0;
    for (byte b : header) {
      int digit = Character.digit(b, 16);
      if (digit < 0) {
        throw new PktLineException(
            PktLineException.Reason.NOT_HEX,
            "a pkt-line length is 4 hex digits, not '"
                + new String(header, StandardCharsets.ISO_8859_1)
                + "'");
      }
      length = length * 16 + digit;
    }
    if (length == 0) {
      return Optional.of(PktLine.FLUSH);
    }
    if (length < 4) {
      throw new PktLineException(
          PktLineException.Reason.RESERVED_LENGTH,
          "a pkt-line length of " + length + " is shorter than its own 4-byte header");
    }
    if (length > MAX_LENGTH) {
      throw new PktLineException(
          PktLineException.Reason.TOO_LONG,
          "a pkt-line is at most " + MAX_LENGTH + " bytes long, not " + length);
    }
    byte[] payload = in.readNBytes(length);
    if (payload.length < length) {
      throw new PktLineException(
          PktLineException.Reason.TRUNCATED,
          "the stream ended after " + payload.length + " of " + (length - 4) + " payload bytes");
    }
    return Optional.of(new PktLine.Data(payload));
  }
}
