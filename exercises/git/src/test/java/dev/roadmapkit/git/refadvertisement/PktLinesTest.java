package dev.roadmapkit.git.refadvertisement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Label("git/ref-advertisement: PktLines")
class PktLinesTest {

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }

  /** A stream that hands out at most {@code chunk} bytes per read, as a socket may. */
  private static InputStream trickle(byte[] bytes, int chunk) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, chunk));
      }
    };
  }

  private static PktLineException.Reason failure(String wire, String why) {
    PktLineException e =
        catchThrowableOfType(
            () -> PktLines.read(new ByteArrayInputStream(ascii(wire))), PktLineException.class);
    assertThat(e)
        .as("reading '%s' must throw PktLineException: %s", shorten(wire), why)
        .isNotNull();
    return e.reason();
  }

  private static String shorten(String wire) {
    return wire.length() > 40 ? wire.substring(0, 40) + "... (" + wire.length() + " bytes)" : wire;
  }

  @Test
  @DisplayName("encode writes the whole length, the 4 header bytes included, in lowercase hex")
  void encodes() {
    assertThat(text(PktLines.encode("hello\n")))
        .as("the pkt-line of 'hello\\n' (6 bytes): 4 + 6 = 10 = 0x000a")
        .isEqualTo("000ahello\n");
    assertThat(text(PktLines.encode(new byte[0])))
        .as("the pkt-line of an empty payload is its header alone")
        .isEqualTo("0004");
    assertThat(text(PktLines.encode(new byte[250])))
        .as("250 bytes: 254 = 0x00fe, lowercase")
        .startsWith("00fe")
        .hasSize(254);
  }

  @Test
  @DisplayName("encode takes up to 65516 bytes of payload and refuses one more")
  void encodeLimit() {
    assertThat(text(PktLines.encode(new byte[PktLines.MAX_PAYLOAD])))
        .as("the longest pkt-line, 65520 = 0xfff0 bytes in all")
        .startsWith("fff0")
        .hasSize(PktLines.MAX_LENGTH);
    assertThatThrownBy(() -> PktLines.encode(new byte[PktLines.MAX_PAYLOAD + 1]))
        .as("65517 bytes of payload make a pkt-line longer than 65520")
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("read returns data lines, the flush-pkt, then empty at the end of the stream")
  void readsInOrder() throws IOException {
    InputStream in = new ByteArrayInputStream(ascii("000ahello\n0004" + "0000" + "0008abcd"));
    assertThat(PktLines.read(in))
        .as("'000ahello\\n': a length of 10 is 4 header bytes and 6 of payload")
        .contains(new PktLine.Data(ascii("hello\n")));
    assertThat(PktLines.read(in))
        .as("'0004' is an empty data line")
        .contains(new PktLine.Data(new byte[0]));
    assertThat(PktLines.read(in)).as("'0000' is the flush-pkt").contains(PktLine.FLUSH);
    assertThat(PktLines.read(in)).as("'0008abcd'").contains(new PktLine.Data(ascii("abcd")));
    assertThat(PktLines.read(in))
        .as("at the end of the stream, between two pkt-lines: Optional.empty()")
        .isEmpty();
  }

  @Test
  @DisplayName("read accepts uppercase hex digits and the longest pkt-line, 65520 bytes")
  void readBoundaries() throws IOException {
    assertThat(PktLines.read(new ByteArrayInputStream(ascii("000Ahello\n"))))
        .as("'000A': hex digits in either case")
        .contains(new PktLine.Data(ascii("hello\n")));
    byte[] longest = new byte[PktLines.MAX_LENGTH];
    System.arraycopy(ascii("fff0"), 0, longest, 0, 4);
    longest[PktLines.MAX_LENGTH - 1] = 'z';
    Optional<PktLine> line = PktLines.read(new ByteArrayInputStream(longest));
    assertThat(line).as("'fff0' (65520) is the longest allowed pkt-line").isPresent();
    byte[] payload = ((PktLine.Data) line.get()).payload();
    assertThat(payload.length).as("its payload is 65516 bytes").isEqualTo(PktLines.MAX_PAYLOAD);
    assertThat(payload[payload.length - 1]).as("its last byte").isEqualTo((byte) 'z');
  }

  @Test
  @DisplayName("read reassembles pkt-lines from a stream that returns one or three bytes per read")
  void shortReads() throws IOException {
    byte[] wire = ascii("001bsome longer payload...\n0000");
    for (int chunk : new int[] {1, 3}) {
      InputStream in = trickle(wire, chunk);
      assertThat(PktLines.read(in))
          .as(
              "read through reads of at most %d bytes: use readNBytes, one read() is not enough",
              chunk)
          .contains(new PktLine.Data(ascii("some longer payload...\n")));
      assertThat(PktLines.read(in)).as("then the flush-pkt").contains(PktLine.FLUSH);
    }
  }

  @Test
  @DisplayName("read refuses a length that is not 4 hex digits")
  void notHex() {
    assertThat(failure("00g1abcd", "'g' is not a hex digit"))
        .as("the reason for '00g1'")
        .isEqualTo(PktLineException.Reason.NOT_HEX);
    assertThat(failure(" 00aabcdef", "a space is not a hex digit"))
        .as("the reason for ' 00a'")
        .isEqualTo(PktLineException.Reason.NOT_HEX);
  }

  @ParameterizedTest(name = "length {0}")
  @ValueSource(strings = {"0001", "0002", "0003"})
  @DisplayName("read refuses the lengths 1 to 3, shorter than the header itself")
  void reservedLengths(String header) {
    assertThat(failure(header + "abcdefgh", "a pkt-line cannot be shorter than its 4-byte header"))
        .as("the reason for %s", header)
        .isEqualTo(PktLineException.Reason.RESERVED_LENGTH);
  }

  @Test
  @DisplayName("read refuses a length over 65520 before reading the payload")
  void tooLong() {
    assertThat(failure("fff1" + "x".repeat(65517), "65521 is one more than the longest pkt-line"))
        .as("the reason for fff1")
        .isEqualTo(PktLineException.Reason.TOO_LONG);
    assertThat(failure("ffffabc", "65535 is over the limit, whatever follows"))
        .as("the reason for ffff")
        .isEqualTo(PktLineException.Reason.TOO_LONG);
  }

  @Test
  @DisplayName("read reports a stream that ends inside the length or the payload as TRUNCATED")
  void truncated() {
    assertThat(failure("00", "the stream ends after 2 of the 4 length bytes"))
        .as("the reason for '00'")
        .isEqualTo(PktLineException.Reason.TRUNCATED);
    assertThat(failure("000", "3 of the 4 length bytes"))
        .as("the reason for '000'")
        .isEqualTo(PktLineException.Reason.TRUNCATED);
    assertThat(failure("0010abc", "the length promises 12 payload bytes and 3 arrive"))
        .as("the reason for '0010abc'")
        .isEqualTo(PktLineException.Reason.TRUNCATED);
    assertThat(failure("0005", "one payload byte promised, none arrives"))
        .as("the reason for '0005'")
        .isEqualTo(PktLineException.Reason.TRUNCATED);
  }

  @Provide
  Arbitrary<List<byte[]>> payloads() {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(300).list().ofMaxSize(6);
  }

  @Property(tries = 100)
  @Label("what encode writes, read gives back, through reads of any size, then the flush")
  void roundTrip(
      @ForAll("payloads") List<byte[]> payloads, @ForAll @IntRange(min = 1, max = 7) int chunk)
      throws IOException {
    ByteArrayOutputStream wire = new ByteArrayOutputStream();
    payloads.forEach(p -> wire.writeBytes(PktLines.encode(p)));
    wire.writeBytes(PktLines.flush());
    InputStream in = trickle(wire.toByteArray(), chunk);
    List<PktLine> read = new ArrayList<>();
    for (int i = 0; i <= payloads.size(); i++) {
      read.add(PktLines.read(in).orElseThrow());
    }
    List<PktLine> expected = new ArrayList<>();
    payloads.forEach(p -> expected.add(new PktLine.Data(p)));
    expected.add(PktLine.FLUSH);
    assertThat(read).as("the pkt-lines read back, in reads of %d bytes", chunk).isEqualTo(expected);
    assertThat(PktLines.read(in)).as("after the flush, the end of the stream").isEmpty();
  }
}
