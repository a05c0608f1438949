package dev.roadmapkit.osfundamentals.tcpframing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Label("os-fundamentals/tcp-framing: Netstrings")
class NetstringsTest {

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static Optional<byte[]> read(String wire, int max, Integer... chunks) throws IOException {
    return Netstrings.read(new ChunkedInputStream(ascii(wire), List.of(chunks)), max);
  }

  private static void assertMalformed(String wire, int max, String why) {
    assertThrows(
        MalformedFrameException.class,
        () -> read(wire, max, 1),
        "'" + wire + "' with a limit of " + max + " is malformed: " + why);
  }

  @Test
  @DisplayName("encode writes the length in decimal, ':', the payload and ','")
  void encodes() {
    assertThat(new String(Netstrings.encode(ascii("hello")), StandardCharsets.ISO_8859_1))
        .as("the netstring of 'hello'")
        .isEqualTo("5:hello,");
    assertThat(new String(Netstrings.encode(new byte[0]), StandardCharsets.ISO_8859_1))
        .as("the netstring of the empty message")
        .isEqualTo("0:,");
    assertThat(new String(Netstrings.encode(new byte[1234]), StandardCharsets.ISO_8859_1))
        .as("the netstring of 1234 bytes starts with its length")
        .startsWith("1234:")
        .endsWith(",")
        .hasSize(1234 + 6);
  }

  @Test
  @DisplayName("read takes netstrings apart, one after another, then reports the end")
  void readsSeveral() throws IOException {
    ChunkedInputStream in =
        new ChunkedInputStream(ascii("5:hello,0:,12:hello world!,"), List.of(100));
    assertThat(Netstrings.read(in, 100)).as("first").hasValue(ascii("hello"));
    assertThat(Netstrings.read(in, 100)).as("second, empty").hasValue(new byte[0]);
    assertThat(Netstrings.read(in, 100))
        .as("third, two digits of length")
        .hasValue(ascii("hello world!"));
    assertThat(Netstrings.read(in, 100)).as("after the last netstring: Optional.empty()").isEmpty();
  }

  @Test
  @DisplayName("read reassembles a netstring that arrives one byte, or three bytes, per read")
  void readsShortReads() throws IOException {
    String wire = "26:abcdefghijklmnopqrstuvwxyz,";
    for (int chunk : new int[] {1, 3, 7}) {
      assertThat(read(wire, 100, chunk))
          .as(
              "the payload read through reads of at most "
                  + chunk
                  + " bytes: one read(buffer, 0, 26) does not bring 26 bytes; use readNBytes or a loop")
          .hasValue(ascii("abcdefghijklmnopqrstuvwxyz"));
    }
  }

  @Test
  @DisplayName("the limit: exactly maxLength is fine, one more is refused while reading the digits")
  void limit() throws IOException {
    assertThat(read("3:abc,", 3, 1)).as("3 bytes with a limit of 3").hasValue(ascii("abc"));
    assertMalformed("4:abcd,", 3, "4 bytes with a limit of 3");
    ChunkedInputStream huge = new ChunkedInputStream(ascii("99999999999999999999:"), List.of(1));
    assertThrows(
        MalformedFrameException.class,
        () -> Netstrings.read(huge, 1000),
        "a length of twenty 9s: refuse it as soon as the digits pass the limit");
    assertThat(huge.consumed())
        .as("bytes read of a length that passes 1000 at its fourth digit: stop there")
        .isEqualTo(4);
  }

  @Test
  @DisplayName("malformed netstrings are refused")
  void malformed() {
    assertMalformed("5hello,", 100, "no ':' after the length");
    assertMalformed(":hello,", 100, "no digits before ':'");
    assertMalformed("05:hello,", 100, "a leading zero");
    assertMalformed("-5:hello,", 100, "a sign is no digit");
    assertMalformed("5:hello;", 100, "the payload must be followed by ','");
    assertMalformed(
        "4:hello,", 100, "the length is one short: the comma is not where it should be");
    assertMalformed("6:hello,", 100, "the length is one long: the stream ends before the comma");
  }

  @Test
  @DisplayName(
      "a stream that ends inside a netstring is malformed, one that ends between them is not")
  void truncated() throws IOException {
    assertMalformed("12", 100, "the stream ended inside the length");
    assertMalformed("5:hel", 100, "the stream ended inside the payload");
    assertMalformed("5:hello", 100, "the stream ended before the comma");
    assertThat(read("", 100, 1)).as("an empty stream: no netstring").isEmpty();
  }

  @Property(tries = 200)
  @Label("netstrings of random messages come back whole through reads of random sizes")
  void roundTrip(
      @ForAll("messages") List<byte[]> messages,
      @ForAll @Size(min = 1, max = 5) List<@IntRange(min = 1, max = 7) Integer> chunks)
      throws IOException {
    ByteArrayOutputStream wire = new ByteArrayOutputStream();
    for (byte[] message : messages) {
      wire.writeBytes(Netstrings.encode(message));
    }
    ChunkedInputStream in = new ChunkedInputStream(wire.toByteArray(), chunks);
    List<byte[]> read = new ArrayList<>();
    Optional<byte[]> next;
    while ((next = Netstrings.read(in, 200)).isPresent()) {
      read.add(next.get());
    }
    assertThat(read)
        .as("messages read back through chunks of " + chunks)
        .usingElementComparator(Arrays::compare)
        .containsExactlyElementsOf(messages);
  }

  @Provide
  Arbitrary<List<byte[]>> messages() {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(200).list().ofMaxSize(5);
  }
}
