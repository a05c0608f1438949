package dev.roadmapkit.osfundamentals.unixsocketipc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
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
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Label("os-fundamentals/unix-socket-ipc: Frames")
class FramesTest {

  private static byte[] frame(int length, byte[] payload) {
    return ByteBuffer.allocate(4 + payload.length).putInt(length).put(payload).array();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  @Test
  @DisplayName("write sends a 4-byte big-endian length, then the payload")
  void writesTheHeaderThenThePayload() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] payload = new byte[300];
    payload[0] = 'x';
    Frames.write(Channels.newChannel(out), payload, 1024);

    byte[] bytes = out.toByteArray();
    assertThat(bytes).as("bytes written for a 300-byte payload").hasSize(304);
    assertThat(new byte[] {bytes[0], bytes[1], bytes[2], bytes[3]})
        .as("the header: 300 as 4 bytes, most significant first (0x0000012C)")
        .containsExactly(0, 0, 1, 0x2C);
    assertThat(bytes[4]).as("the first payload byte follows the header").isEqualTo((byte) 'x');
  }

  @Test
  @DisplayName("write keeps writing when the channel takes 3 bytes per call")
  void writeLoopsOnPartialWrites() throws IOException {
    SlowChannels.Writing channel = new SlowChannels.Writing(3);
    byte[] payload = "hello, frames".getBytes(StandardCharsets.UTF_8);
    Frames.write(channel, payload, 1024);

    assertThat(channel.written.toByteArray())
        .as(
            "what reached a channel that accepts 3 bytes per write: write again while the buffer"
                + " hasRemaining()")
        .isEqualTo(frame(payload.length, payload));
  }

  @Test
  @DisplayName(
      "write refuses a payload over the limit and writes nothing; the limit itself is fine")
  void writeRefusesOversizedPayload() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FrameTooLargeException e =
        assertThrows(
            FrameTooLargeException.class,
            () -> Frames.write(Channels.newChannel(out), new byte[101], 100),
            "a payload of 101 bytes with a limit of 100");
    assertThat(e.length()).as("the length in the exception").isEqualTo(101);
    assertThat(out.size()).as("bytes written for a refused frame").isZero();

    Frames.write(Channels.newChannel(out), new byte[100], 100);
    assertThat(out.size()).as("bytes written for a payload of exactly the limit").isEqualTo(104);
  }

  @Test
  @DisplayName("read reassembles frames that arrive one byte per read")
  void readReassemblesOneByteReads() throws IOException {
    byte[] first = "first".getBytes(StandardCharsets.UTF_8);
    byte[] second = new byte[1000];
    second[999] = 7;
    SlowChannels.Reading channel =
        new SlowChannels.Reading(
            concat(frame(first.length, first), frame(0, new byte[0]), frame(1000, second)),
            List.of(1));

    assertThat(Frames.read(channel, 1000))
        .as(
            "the first frame, read one byte at a time: a single read() returns 1 byte here, so"
                + " loop until the buffer is full")
        .hasValueSatisfying(p -> assertThat(p).isEqualTo(first));
    assertThat(Frames.read(channel, 1000))
        .as("an empty frame (length 0) is a message too")
        .hasValueSatisfying(p -> assertThat(p).isEmpty());
    assertThat(Frames.read(channel, 1000))
        .as("a frame of exactly the limit")
        .hasValueSatisfying(p -> assertThat(p).isEqualTo(second));
    assertThat(Frames.read(channel, 1000))
        .as("after the last frame the stream ends cleanly: Optional.empty()")
        .isEmpty();
  }

  @Test
  @DisplayName("read refuses a frame over the limit after reading only its header")
  void readRefusesOversizedFrame() {
    SlowChannels.Reading channel =
        new SlowChannels.Reading(frame(1001, new byte[1001]), List.of(1, 2, 3));
    FrameTooLargeException e =
        assertThrows(
            FrameTooLargeException.class,
            () -> Frames.read(channel, 1000),
            "a header of 1001 with a limit of 1000");
    assertThat(e.length()).as("the length the header claimed").isEqualTo(1001);
    assertThat(channel.consumed())
        .as("bytes read before refusing: only the header, never the payload")
        .isEqualTo(4);
  }

  @Test
  @DisplayName("read refuses a negative length, which would be over 2 GiB unsigned")
  void readRefusesNegativeLength() {
    SlowChannels.Reading channel =
        new SlowChannels.Reading(new byte[] {(byte) 0x80, 0, 0, 0, 1, 2}, List.of(4));
    FrameTooLargeException e =
        assertThrows(
            FrameTooLargeException.class,
            () -> Frames.read(channel, 1000),
            "a header of 0x80000000 is a negative int: check length < 0 as well");
    assertThat(e.length())
        .as("the length, as unsigned (Integer.toUnsignedLong)")
        .isEqualTo(0x80000000L);
  }

  @Test
  @DisplayName("a stream that ends inside a header or a payload is a TruncatedFrameException")
  void truncatedFrames() {
    assertThrows(
        TruncatedFrameException.class,
        () -> Frames.read(new SlowChannels.Reading(new byte[] {0, 0}, List.of(1)), 100),
        "the stream ended after 2 of the 4 header bytes");
    TruncatedFrameException e =
        assertThrows(
            TruncatedFrameException.class,
            () -> Frames.read(new SlowChannels.Reading(frame(10, new byte[3]), List.of(2)), 100),
            "the header announced 10 bytes, 3 came, then the end of the stream");
    assertThat(e.getMessage())
        .as("the message: how many bytes of how many arrived, header included")
        .contains("7 of the 14");
  }

  @Test
  @DisplayName("an empty stream is no frame: Optional.empty()")
  void emptyStreamIsNoFrame() throws IOException {
    assertThat(Frames.read(new SlowChannels.Reading(new byte[0], List.of(1)), 100))
        .as("a stream that ends before any byte of a frame")
        .isEqualTo(Optional.empty());
  }

  @Property(tries = 150)
  @Label("frames written then read back through reads of random sizes are the same")
  void roundTripThroughRandomReads(
      @ForAll("payloads") List<byte[]> payloads,
      @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 1, max = 9) Integer> chunks)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] payload : payloads) {
      Frames.write(Channels.newChannel(out), payload, 64);
    }
    SlowChannels.Reading channel = new SlowChannels.Reading(out.toByteArray(), chunks);
    List<byte[]> read = new ArrayList<>();
    Optional<byte[]> next;
    while ((next = Frames.read(channel, 64)).isPresent()) {
      read.add(next.get());
    }
    assertThat(read)
        .as("payloads read back through reads of " + chunks + " bytes")
        .usingElementComparator(java.util.Arrays::compare)
        .containsExactlyElementsOf(payloads);
  }

  @Provide
  Arbitrary<List<byte[]>> payloads() {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(64).list().ofMaxSize(6);
  }
}
