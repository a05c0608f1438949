package dev.roadmapkit.frontendbasics.jsoninscript;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Exercise {@code frontend-basics/json-in-script}: hand server data to a page's script inside the
 * HTML, without letting the data end the script or change its meaning.
 *
 * <p>Key idea: the text inside {@code <script>} is read twice, first by the HTML tokenizer (which
 * ends the element at {@code </script} and treats {@code <!--} specially), then by the JavaScript
 * parser. JSON with {@code <}, {@code >} and {@code &} written as {@code \u003c}, {@code \u003e},
 * {@code \u0026} means the same to JavaScript and contains nothing the tokenizer acts on; U+2028
 * and U+2029 are escaped because engines before ES2019 end a string literal there.
 */
public final class ScriptData {

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

  private ScriptData() {}

  /**
   * A {@code <script>} element that declares {@code var <variable> = <json>;}, with {@code data}
   * written by {@link #json}.
   *
   * @throws IllegalArgumentException if {@code variable} is not a plain JavaScript identifier
   *     (ASCII letters, digits, {@code _}, {@code $}, not starting with a digit)
   */
  public static String scriptElement(String variable, Object data) {
    if (!IDENTIFIER.matcher(variable).find()) {
      throw new IllegalArgumentException(
          "not a JavaScript identifier: \"" + variable + "\" (letters, digits, _ and $ only)");
    }
    return "<script>var " + variable + " = " + json(data) + ";</script>";
  }

  /**
   * {@code value} as JSON that is safe inside a {@code <script>} element: {@code null}, {@link
   * Boolean}, {@link String}, {@link Integer}, {@link Long}, finite {@link Double}, {@link List}
   * and {@link Map} with {@code String} keys, nested freely.
   *
   * @throws IllegalArgumentException for any other value, a non-String key, NaN or infinity
   */
  public static String json(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString();
  }

  private static void write(Object value, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String s) {
      string(s, out);
    } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
      out.append(value);
    } else if (value instanceof Double d) {
      if (d.isNaN() || d.isInfinite()) {
        throw new IllegalArgumentException("JSON has no " + d + "; send null or a string");
      }
      out.append(d);
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(list.get(i), out);
      }
      out.append(']');
    } else if (value instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (!(entry.getKey() instanceof String key)) {
          throw new IllegalArgumentException(
              "a JSON object key must be a String: " + entry.getKey());
        }
        if (!first) {
          out.append(',');
        }
        first = false;
        string(key, out);
        out.append(':');
        write(entry.getValue(), out);
      }
      out.append('}');
    } else {
      throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
    }
  }

  private static void string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '<', '>', '&', '\u2028', '\u2029' -> unicode(c, out);
        default -> {
          if (c < 0x20) {
            unicode(c, out);
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static void unicode(char c, StringBuilder out) {
    out.append(String.format("\\u%04x", (int) c));
  }
}
