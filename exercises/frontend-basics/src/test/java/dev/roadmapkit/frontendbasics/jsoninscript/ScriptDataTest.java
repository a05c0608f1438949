package dev.roadmapkit.frontendbasics.jsoninscript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.NativeArray;
import org.mozilla.javascript.NativeObject;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

@Label("frontend-basics/json-in-script: ScriptData")
class ScriptDataTest {

  private static final String[] HOSTILE = {
    "</script>",
    "</SCRIPT >",
    "<script>",
    "<!--",
    "-->",
    "\u2028",
    "\u2029",
    "\"",
    "\\",
    "\n",
    "\r",
    "\t",
    "\u0000",
    "\u001f",
    "&",
    "&lt;",
    "'",
    "`${x}`",
    "é",
    "\uD83D\uDE00",
    "a",
    " "
  };

  @Provide
  Arbitrary<String> hostileStrings() {
    return Arbitraries.of(HOSTILE).list().ofMaxSize(6).map(parts -> String.join("", parts));
  }

  @Provide
  Arbitrary<Object> data() {
    Arbitrary<Object> scalar =
        Arbitraries.oneOf(
                hostileStrings().map(s -> (Object) s),
                Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.longs().between(-(1L << 53), 1L << 53).map(l -> (Object) l),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.of(0.5, -1.25, 1e-7, 3.0e21, 6.02e23).map(d -> (Object) d))
            .injectNull(0.1);
    return Arbitraries.recursive(
        () -> scalar,
        inner ->
            Arbitraries.oneOf(
                inner.list().ofMaxSize(3).map(l -> (Object) l),
                Arbitraries.maps(hostileStrings(), inner).ofMaxSize(3).map(m -> (Object) m)),
        0,
        3);
  }

  /** What the page's script sees: the page parsed by jsoup, its one script run by Rhino. */
  private static Object runPage(String variable, Object data) {
    String element = ScriptData.scriptElement(variable, data);
    String page =
        "<!doctype html><html><head><title>t</title>"
            + element
            + "</head><body><p id=\"after\">after the script</p></body></html>";
    Document document = Jsoup.parse(page);
    Elements scripts = document.select("script");
    assertThat(scripts)
        .as(
            "the page must hold exactly the one <script> you wrote; your element was%n%s%n"
                + "The HTML tokenizer ends a script at the first </script (any case), and <!--"
                + " followed by <script> keeps it from ending at all: write < > & in strings as"
                + " \\u003c \\u003e \\u0026",
            element)
        .hasSize(1);
    Element after = document.getElementById("after");
    assertThat(after)
        .as(
            "the paragraph after the script must still be a paragraph; your element was%n%s",
            element)
        .isNotNull();
    String code = scripts.first().data();
    assertThat(code)
        .as(
            "the script text must not contain U+2028 or U+2029 raw: JavaScript engines before"
                + " ES2019 end a string literal there. Write them as \\u2028 and \\u2029")
        .doesNotContain("\u2028", "\u2029");
    Context cx = Context.enter();
    try {
      cx.setInterpretedMode(true);
      cx.setLanguageVersion(Context.VERSION_ES6);
      Scriptable scope = cx.initStandardObjects();
      try {
        cx.evaluateString(scope, code, "page-script", 1, null);
      } catch (RhinoException e) {
        throw new AssertionError(
            "the page's script does not run in a real JavaScript engine: "
                + e.getMessage()
                + "\nscript: "
                + code
                + "\nJSON forbids raw control characters in strings: write \\n, \\t, \\u0000...",
            e);
      }
      ScriptableObject.putProperty(scope, "jsonText", ScriptData.json(data));
      try {
        Object parsed = cx.evaluateString(scope, "JSON.parse(jsonText)", "json-parse", 1, null);
        assertThat(fromJs(parsed))
            .as("JSON.parse of json()'s text must give the same data as the script")
            .isEqualTo(fromJs(ScriptableObject.getProperty(scope, variable)));
      } catch (RhinoException e) {
        throw new AssertionError(
            "json() must write valid JSON (other clients parse it with JSON.parse): "
                + e.getMessage()
                + "; JSON forbids raw control characters below U+0020 in strings: write them as"
                + " \\u00XX",
            e);
      }
      return fromJs(ScriptableObject.getProperty(scope, variable));
    } finally {
      Context.exit();
    }
  }

  /** A JavaScript value as plain Java: Map, List, String, Double, Boolean, null. */
  private static Object fromJs(Object value) {
    if (value instanceof NativeArray array) {
      List<Object> list = new ArrayList<>();
      for (int i = 0; i < array.getLength(); i++) {
        list.add(fromJs(array.get(i, array)));
      }
      return list;
    }
    if (value instanceof NativeObject object) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (Object id : object.getIds()) {
        String key = String.valueOf(id);
        Object v =
            id instanceof Integer index ? object.get(index, object) : object.get(key, object);
        map.put(key, fromJs(v));
      }
      return map;
    }
    if (value instanceof CharSequence text) {
      return text.toString();
    }
    if (value instanceof Number number) {
      return number.doubleValue();
    }
    if (value == Scriptable.NOT_FOUND || value instanceof Undefined) {
      return "<undefined>";
    }
    return value;
  }

  /** The server's data as the script should see it: numbers are doubles in JavaScript. */
  private static Object asJs(Object value) {
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(v -> out.add(asJs(v)));
      return out;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put((String) k, asJs(v)));
      return out;
    }
    if (value instanceof Number number) {
      return number.doubleValue();
    }
    return value;
  }

  private static void assertReadsBack(Object data) {
    assertThat(runPage("serverData", data))
        .as(
            "the script's serverData must be exactly the server's data (compared as JavaScript"
                + " sees it); JSON written by json(): %s",
            ScriptData.json(data).replace("\u2028", "<U+2028>").replace("\u2029", "<U+2029>"))
        .isEqualTo(asJs(data));
  }

  @ParameterizedTest(name = "the string {0}")
  @ValueSource(
      strings = {
        "</script><script>alert(1)</script>",
        "</ScRiPt >",
        "<!--<script>",
        "-->",
        "line\u2028separator\u2029paragraph",
        "quote \" backslash \\ tab \t newline \n return \r",
        "nul \u0000 unit separator \u001f",
        "Fish & Chips &amp; &lt;b&gt;",
        "Zürich \uD83D\uDE00"
      })
  @DisplayName("a hostile string reaches the script exactly, and the page stays intact")
  void hostileString(String value) {
    assertReadsBack(value);
  }

  @Test
  @DisplayName("objects, arrays, numbers, booleans and null reach the script exactly")
  void structures() {
    Map<String, Object> user = new LinkedHashMap<>();
    user.put("name", "Ada </script>");
    user.put("</script>", "a hostile key");
    user.put("age", 36);
    user.put("id", 9_007_199_254_740_992L);
    user.put("score", 0.125);
    user.put("admin", false);
    user.put("manager", null);
    user.put("tags", Arrays.asList("a", null, List.of(), Map.of()));
    assertReadsBack(user);
    assertReadsBack(List.of());
    assertReadsBack(true);
    assertReadsBack(null);
    assertReadsBack(-7);
  }

  @Property(tries = 80)
  @Label("any nesting of hostile data reaches the script exactly")
  void anyData(@ForAll("data") Object data) {
    assertReadsBack(data);
  }

  @Test
  @DisplayName("the script declares the variable: <script>var name = json;</script>")
  void shape() {
    assertThat(ScriptData.scriptElement("config", Map.of("debug", true)))
        .as("the exact element for config = {debug: true}")
        .isEqualTo("<script>var config = {\"debug\":true};</script>");
    assertThat(ScriptData.json("<&>"))
        .as("< > & are written as \\u escapes (lower-case hex, four digits)")
        .isEqualTo("\"\\u003c\\u0026\\u003e\"");
  }

  @ParameterizedTest(name = "variable \"{0}\" is refused")
  @ValueSource(strings = {"", "1st", "a-b", "x;alert(1)", "a b", "é", "user.name"})
  @DisplayName("a variable name that is not a plain identifier is refused")
  void refusesBadVariable(String variable) {
    assertThatIllegalArgumentException()
        .as(
            "scriptElement(\"%s\", ...) must throw: the name is written into the script as code,"
                + " so only ASCII letters, digits, _ and $ (not first a digit) are safe",
            variable)
        .isThrownBy(() -> ScriptData.scriptElement(variable, 1));
  }

  @Test
  @DisplayName("identifiers with $ and _ and digits are accepted")
  void acceptsIdentifiers() {
    assertThat(runPage("$_data2", 1)).as("$_data2 is a valid identifier").isEqualTo(1.0);
    assertThat(runPage("_", "x")).as("_ is a valid identifier").isEqualTo("x");
  }

  @Test
  @DisplayName("values JSON cannot hold are refused, not written wrongly")
  void refusesValuesWithoutJson() {
    assertThatIllegalArgumentException()
        .as("NaN has no JSON form")
        .isThrownBy(() -> ScriptData.json(Double.NaN));
    assertThatIllegalArgumentException()
        .as("Infinity has no JSON form")
        .isThrownBy(() -> ScriptData.json(Double.POSITIVE_INFINITY));
    assertThatIllegalArgumentException()
        .as("-Infinity has no JSON form")
        .isThrownBy(() -> ScriptData.json(Double.NEGATIVE_INFINITY));
    assertThatIllegalArgumentException()
        .as("an object key must be a String")
        .isThrownBy(() -> ScriptData.json(Map.of(1, "one")));
    assertThatIllegalArgumentException()
        .as("a type outside the list (here a StringBuilder) is refused")
        .isThrownBy(() -> ScriptData.json(new StringBuilder("x")));
  }
}
