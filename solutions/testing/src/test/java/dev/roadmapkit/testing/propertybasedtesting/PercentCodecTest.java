package dev.roadmapkit.testing.propertybasedtesting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The reference properties of PercentCodec. The idea: state each rule of the Javadoc once, for all
 * inputs, and let jqwik find the input that breaks it; the generators are chosen so that the rare
 * inputs where bugs hide (the empty array, 0x00, 0xFF, a '%', a '~', a raw ASCII symbol) come up on
 * every run, and the seeds are fixed so that every run tries the same inputs. The trade-off: a
 * property says less about one input than an example does, so the few inputs the Javadoc names are
 * examples too.
 */
@Label("PercentCodec")
class PercentCodecTest {

  /** One unreserved character or one escape with upper-case hex digits, and nothing else. */
  private static final Pattern ENCODED = Pattern.compile("([A-Za-z0-9._~-]|%[0-9A-F]{2})*");

  private static final String UNRESERVED =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

  private static final Arbitrary<Character> HEX_DIGIT =
      Arbitraries.of("0123456789ABCDEFabcdef".toCharArray());

  @Property(seed = "20261204")
  @Label("decoding reverses encoding, for any bytes")
  void roundTrip(@ForAll byte[] bytes) {
    assertThat(PercentCodec.decode(PercentCodec.encode(bytes)))
        .as("decode(encode(bytes))")
        .containsExactly(bytes);
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  @Label(
      "each of the 256 bytes alone is itself if unreserved, else % and two upper-case hex digits")
  void everySingleByte(@ForAll byte b) {
    int value = b & 0xFF;
    String encoded = PercentCodec.encode(new byte[] {b});
    if (UNRESERVED.indexOf(value) >= 0) {
      assertThat(encoded)
          .as("encoding of unreserved byte 0x%02X", value)
          .isEqualTo(String.valueOf((char) value));
    } else {
      assertThat(encoded).as("encoding of byte 0x%02X", value).matches("%[0-9A-F]{2}");
      assertThat(Integer.parseInt(encoded.substring(1), 16))
          .as("the hex value in %s", encoded)
          .isEqualTo(value);
    }
  }

  @Property(seed = "20261204")
  @Label("encoded text holds only unreserved characters and %XX escapes, 1 to 3 times as long")
  void encodedTextIsSafe(@ForAll byte[] bytes) {
    String encoded = PercentCodec.encode(bytes);
    assertThat(encoded).as("encoding of %d bytes", bytes.length).matches(ENCODED);
    assertThat(encoded.length()).isBetween(bytes.length, 3 * bytes.length);
  }

  @Property(seed = "20261204")
  @Label("unreserved text encodes to itself and decodes to itself")
  void unreservedTextStaysAsItIs(@ForAll("unreservedText") String text) {
    byte[] ascii = text.getBytes(StandardCharsets.US_ASCII);
    assertThat(PercentCodec.encode(ascii)).isEqualTo(text);
    assertThat(PercentCodec.decode(text)).containsExactly(ascii);
  }

  @Property(seed = "20261204")
  @Label("escapes decode the same in lower case")
  void lowerCaseEscapesDecodeTheSame(@ForAll byte[] bytes) {
    String lowerEscapes =
        Pattern.compile("%[0-9A-F]{2}")
            .matcher(PercentCodec.encode(bytes))
            .replaceAll(m -> m.group().toLowerCase(Locale.ROOT));
    assertThat(PercentCodec.decode(lowerEscapes))
        .as("decode(%s)", lowerEscapes)
        .containsExactly(bytes);
  }

  @Property(seed = "20261204")
  @Label("a % cut off at the end, with fewer than two hex digits after it, is rejected")
  void cutOffEscapesAreRejected(@ForAll byte[] before, @ForAll("cutOffEscape") String tail) {
    String malformed = PercentCodec.encode(before) + tail;
    assertThatIllegalArgumentException()
        .as("decode(%s)", malformed)
        .isThrownBy(() -> PercentCodec.decode(malformed));
  }

  @Property(seed = "20261204")
  @Label("a % followed by something that is not two hex digits is rejected")
  void escapesWithoutHexDigitsAreRejected(
      @ForAll byte[] before, @ForAll("notHexEscape") String escape, @ForAll byte[] after) {
    String malformed = PercentCodec.encode(before) + escape + PercentCodec.encode(after);
    assertThatIllegalArgumentException()
        .as("decode(%s)", malformed)
        .isThrownBy(() -> PercentCodec.decode(malformed));
  }

  @Property(seed = "20261204")
  @Label("a raw character that must be escaped is rejected")
  void rawReservedCharactersAreRejected(
      @ForAll byte[] before, @ForAll("mustBeEscaped") char raw, @ForAll byte[] after) {
    String malformed = PercentCodec.encode(before) + raw + PercentCodec.encode(after);
    assertThatIllegalArgumentException()
        .as("decode(%s)", malformed)
        .isThrownBy(() -> PercentCodec.decode(malformed));
  }

  @Example
  @Label("the Javadoc's examples: 0x00 is %00, a space %20, % is %25, 0xFF is %FF")
  void javadocExamples() {
    assertThat(PercentCodec.encode(new byte[] {0, ' ', '%', (byte) 0xFF}))
        .isEqualTo("%00%20%25%FF");
    assertThat(PercentCodec.encode(new byte[0])).isEmpty();
    assertThat(PercentCodec.decode("")).isEmpty();
  }

  @Provide
  Arbitrary<String> unreservedText() {
    return Arbitraries.strings().withChars(UNRESERVED).ofMaxLength(40);
  }

  @Provide
  Arbitrary<String> cutOffEscape() {
    return Arbitraries.oneOf(Arbitraries.just("%"), HEX_DIGIT.map(h -> "%" + h));
  }

  @Provide
  Arbitrary<String> notHexEscape() {
    Arbitrary<Character> notHex = Arbitraries.of("GgZz%-._~ /".toCharArray());
    return Arbitraries.oneOf(
        Combinators.combine(notHex, HEX_DIGIT).as((bad, h) -> "%" + bad + h),
        Combinators.combine(HEX_DIGIT, notHex).as((h, bad) -> "%" + h + bad));
  }

  @Provide
  Arbitrary<Character> mustBeEscaped() {
    return Arbitraries.oneOf(Arbitraries.chars().ascii(), Arbitraries.chars())
        .filter(c -> UNRESERVED.indexOf(c) < 0 && c != '%');
  }
}
