package dev.roadmapkit.git.refadvertisement;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Exercise {@code git/ref-advertisement}, part 1: the pkt-line framing of git's wire protocol.
 *
 * <p>A pkt-line is 4 hex digits giving its whole length, <em>those 4 bytes included</em>, then the
 * payload: {@code "000ahello\n"} is the 6-byte payload {@code hello\n} ({@code 0x000a} = 4 + 6).
 * {@code 0000} is the flush-pkt, which ends a section. {@code 0004} is a valid, empty payload.
 * Lengths {@code 0001} to {@code 0003} are shorter than their own header (protocol v2 reserves
 * them), and nothing may be longer than {@value #MAX_LENGTH} bytes in all: both are errors, as is
 * any byte of the length that is not a hex digit (either case).
 *
 * <p>Input comes from the network: it may end anywhere, and a single {@code read} may return fewer
 * bytes than asked for. A length that promises more bytes than arrive is {@link
 * PktLineException.Reason#TRUNCATED}, never a hang or an exception from reading past an array.
 */
public final class PktLines {

  /** The longest pkt-line, its 4-byte header included. */
  public static final int MAX_LENGTH = 65520;

  /** The longest payload: {@value #MAX_LENGTH} minus the header. */
  public static final int MAX_PAYLOAD = MAX_LENGTH - 4;

  private PktLines() {}

  /**
   * The pkt-line of a payload: its length (payload + 4) as 4 lowercase hex digits, then the
   * payload.
   *
   * @throws IllegalArgumentException if the payload is longer than {@value #MAX_PAYLOAD} bytes
   */
  public static byte[] encode(byte[] payload) {
    throw new UnsupportedOperationException(
        "TODO git/ref-advertisement: 4 hex digits of payload length + 4, then the payload");
  }

  /** The pkt-line of a text line in UTF-8, for example {@code encode("want <id>\n")}. Given. */
  public static byte[] encode(String line) {
    return encode(line.getBytes(StandardCharsets.UTF_8));
  }

  /** The flush-pkt {@code 0000}. Given. */
  public static byte[] flush() {
    return "0000".getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * Reads one pkt-line.
   *
   * @return {@link PktLine#FLUSH} for {@code 0000}, a {@link PktLine.Data} otherwise; empty when
   *     the stream ends before the first byte of a pkt-line (a clean end)
   * @throws PktLineException with {@link PktLineException.Reason#NOT_HEX}, {@code RESERVED_LENGTH}
   *     (1 to 3), {@code TOO_LONG} (over {@value #MAX_LENGTH}) or {@code TRUNCATED} (the stream
   *     ends inside the length or the payload)
   */
  public static Optional<PktLine> read(InputStream in) throws IOException {
    throw new UnsupportedOperationException(
        "TODO git/ref-advertisement: read 4 hex digits (readNBytes), check them, read the rest");
  }
}
