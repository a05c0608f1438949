package dev.roadmapkit.testing.propertybasedtesting;

import java.io.ByteArrayOutputStream;
import java.util.Objects;

/**
 * Percent-encodes bytes into text that is safe in a URL path or query, and decodes it back (the
 * scheme of RFC 3986, section 2.1). This class is correct: the exercise is to write the jqwik
 * properties that prove it, in {@code
 * src/test/java/dev/roadmapkit/testing/propertybasedtesting/PercentCodecTest.java}. They are graded
 * against this class, where every one must pass, and against buggy copies of it, each of which
 * some property or test must catch.
 *
 * <p>The rules:
 *
 * <ol>
 *   <li><b>Unreserved bytes stay as they are.</b> A byte that is the ASCII code of an unreserved
 *       character, {@code A-Z a-z 0-9 - . _ ~} (see {@link #isUnreserved(char)}), is written as
 *       that character.
 *   <li><b>Every other byte is escaped</b> as {@code %} and exactly two upper-case hex digits of its
 *       unsigned value: {@code 0x00} is {@code %00}, a space {@code %20}, {@code %} itself {@code
 *       %25}, {@code 0xFF} {@code %FF}. So the encoded text holds only unreserved characters, {@code
 *       %} and the digits {@code 0-9 A-F}, and is between one and three times as long as the input
 *       (and empty for no bytes).
 *   <li><b>Decoding reverses encoding</b>: {@code decode(encode(bytes))} has the same bytes as
 *       {@code bytes}, for every array, the empty one included.
 *   <li><b>Decoding is lenient in case only</b>: the hex digits of an escape may be upper or lower
 *       case ({@code %ff} decodes like {@code %FF}).
 *   <li><b>Decoding rejects malformed text</b> with an {@link IllegalArgumentException}: a {@code
 *       %} not followed by two hex digits ({@code "%"}, {@code "%4"}, {@code "ab%G1"}), and any
 *       character that is neither unreserved nor {@code %} (a space, {@code +}, {@code /}, a
 *       non-ASCII letter).
 * </ol>
 */
public final class PercentCodec {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private PercentCodec() {}

  /**
   * Whether a character is unreserved: an ASCII letter or digit, or one of {@code - . _ ~}.
   *
   * @param c a character
   * @return whether {@link #encode(byte[])} writes it as itself
   */
  public static boolean isUnreserved(char c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }

  /**
   * Encodes bytes.
   *
   * @param bytes any bytes, possibly none
   * @return the unreserved bytes as characters, every other byte as {@code %XX} (upper-case hex)
   */
  public static String encode(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    StringBuilder text = new StringBuilder(bytes.length * 3);
    for (byte b : bytes) {
      int value = b & 0xFF;
      if (isUnreserved((char) value)) {
        text.append((char) value);
      } else {
        text.append('%').append(HEX[value >> 4]).append(HEX[value & 0x0F]);
      }
    }
    return text.toString();
  }

  /**
   * Decodes text that {@link #encode(byte[])} wrote, or the same with lower-case hex digits.
   *
   * @param text percent-encoded text, possibly empty
   * @return the bytes it encodes
   * @throws IllegalArgumentException if a {@code %} is not followed by two hex digits, or a
   *     character is neither unreserved nor {@code %}
   */
  public static byte[] decode(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isEmpty()) {
      throw new IllegalArgumentException("nothing to decode");
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '%') {
        if (i + 2 >= text.length()) {
          throw new IllegalArgumentException(
              "'%' at index " + i + " must be followed by two hex digits: " + text);
        }
        int high = hexDigit(text, i + 1);
        int low = hexDigit(text, i + 2);
        bytes.write(high << 4 | low);
        i += 3;
      } else if (isUnreserved(c)) {
        bytes.write(c);
        i++;
      } else {
        throw new IllegalArgumentException(
            "character '" + c + "' at index " + i + " must be percent-encoded: " + text);
      }
    }
    return bytes.toByteArray();
  }

  private static int hexDigit(String text, int index) {
    char c = text.charAt(index);
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    throw new IllegalArgumentException(
        "'" + c + "' at index " + index + " is not a hex digit: " + text);
  }
}
