package dev.roadmapkit.frontendbasics.formandqueryparsing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Exercise {@code frontend-basics/form-and-query-parsing}: read and write {@code
 * application/x-www-form-urlencoded} as the WHATWG URL standard defines it.
 *
 * <p>Key idea: the format works on UTF-8 bytes, not characters. Split first (so an encoded {@code
 * %26} stays inside its value), then turn {@code +} into a space, then percent-decode into a byte
 * buffer and decode that buffer as UTF-8 once, so multi-byte characters come back whole. The
 * trade-off of the standard's leniency (a bad {@code %} stays literal) is that parsing never fails,
 * which is what browsers need; a server that wants to refuse sloppy input must check separately.
 */
public final class FormUrlEncoding {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private FormUrlEncoding() {}

  /** Parses a form body or a query string (without its {@code ?}) into its fields, in order. */
  public static List<FormField> parse(String input) {
    List<FormField> fields = new ArrayList<>();
    for (String piece : decode(input).split("&", -1)) {
      if (piece.isEmpty()) {
        continue;
      }
      int eq = piece.indexOf('=');
      String name = eq < 0 ? piece : piece.substring(0, eq);
      String value = eq < 0 ? "" : piece.substring(eq + 1);
      fields.add(new FormField(decode(name), decode(value)));
    }
    return List.copyOf(fields);
  }

  /**
   * The fields of the query of {@code url}: after the first {@code ?}, up to the first {@code #}.
   */
  public static List<FormField> queryOf(String url) {
    int hash = url.indexOf('#');
    String beforeFragment = hash < 0 ? url : url.substring(0, hash);
    int question = beforeFragment.indexOf('?');
    return question < 0 ? List.of() : parse(beforeFragment.substring(question + 1));
  }

  /** Writes {@code fields} as {@code name=value} pairs joined by {@code &}, each part encoded. */
  public static String serialize(List<FormField> fields) {
    StringBuilder out = new StringBuilder();
    for (FormField field : fields) {
      if (out.length() > 0) {
        out.append('&');
      }
      encode(field.name(), out);
      out.append('=');
      encode(field.value(), out);
    }
    return out.toString();
  }

  private static String decode(String part) {
    byte[] bytes = part.replace('+', ' ').getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
    for (int i = 0; i < bytes.length; i++) {
      int hi = i + 2 < bytes.length ? hexValue(bytes[i + 1]) : -1;
      int lo = i + 2 < bytes.length ? hexValue(bytes[i + 2]) : -1;
      if (bytes[i] == '%' && hi >= 0 && lo >= 0) {
        out.write(hi * 16 + lo);
        i += 2;
      } else {
        out.write(bytes[i]);
      }
    }
    // new String replaces invalid UTF-8 by U+FFFD, as the standard's "UTF-8 decode without BOM".
    return out.toString(StandardCharsets.UTF_8);
  }

  private static int hexValue(byte b) {
    if (b >= '0' && b <= '9') {
      return b - '0';
    }
    if (b >= 'a' && b <= 'f') {
      return b - 'a' + 10;
    }
    if (b >= 'A' && b <= 'F') {
      return b - 'A' + 10;
    }
    return -1;
  }

  private static void encode(String part, StringBuilder out) {
    for (byte b : part.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '*'
          || c == '-'
          || c == '.'
          || c == '_') {
        out.append((char) c);
      } else if (c == ' ') {
        out.append('+');
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
  }
}
