package dev.roadmapkit.frontendbasics.jsoninscript;

import java.util.List;
import java.util.Map;

/**
 * Exercise {@code frontend-basics/json-in-script}: hand server data to a page's script inside the
 * HTML, without letting the data end the script or change its meaning.
 *
 * <p>Server-rendered pages often start their script with the data it needs: {@code <script>var user
 * = {"name":"..."};</script>}. The text inside {@code <script>} is read twice: first by the
 * browser's HTML tokenizer, which ends the element at the first {@code </script} (in any case) and
 * treats {@code <!--} specially, then by the JavaScript parser. A user whose name is {@code
 * </script><script>alert(1)</script>} would otherwise run code on every visitor's page.
 *
 * <p>The fix: in JSON strings, write {@code <}, {@code >} and {@code &} as {@code \u003c}, {@code
 * \u003e}, {@code \u0026}: the same characters for JavaScript, nothing for the tokenizer to act on.
 * Also write U+2028 and U+2029 as {@code \u2028} and {@code \u2029}, because JavaScript engines
 * before ES2019 end a string literal at them, and control characters below U+0020 as escapes,
 * because JSON forbids them raw.
 *
 * <p>The tests put your element into a page, parse it with jsoup, and run the script with a real
 * JavaScript engine (Mozilla Rhino); the variable must hold exactly the server's data.
 */
public final class ScriptData {

  private ScriptData() {}

  /**
   * A {@code <script>} element that declares {@code var <variable> = <json>;}, with {@code data}
   * written by {@link #json}: {@code <script>var user = {...};</script>}.
   *
   * @throws IllegalArgumentException if {@code variable} is not a plain JavaScript identifier
   *     (ASCII letters, digits, {@code _}, {@code $}, not starting with a digit)
   */
  public static String scriptElement(String variable, Object data) {
    throw new UnsupportedOperationException(
        "TODO frontend-basics/json-in-script: check the identifier, then <script>var ... = json;");
  }

  /**
   * {@code value} as JSON that is safe inside a {@code <script>} element: {@code null}, {@link
   * Boolean}, {@link String}, {@link Integer}, {@link Long}, finite {@link Double}, {@link List}
   * and {@link Map} with {@code String} keys, nested freely. No whitespace is needed.
   *
   * @throws IllegalArgumentException for any other value, a non-String key, NaN or infinity
   */
  public static String json(Object value) {
    throw new UnsupportedOperationException(
        "TODO frontend-basics/json-in-script: write the value recursively; escape strings and keys");
  }
}
