package dev.roadmapkit.frontendbasics.htmlescaping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Label("frontend-basics/html-escaping: HtmlEscaper")
class HtmlEscaperTest {

  /** Pieces an attacker glues together: markup, quotes, references, script URLs, plain text. */
  @Provide
  Arbitrary<String> hostile() {
    return Arbitraries.of(
            "<",
            ">",
            "&",
            "\"",
            "'",
            "=",
            "/",
            " ",
            "`",
            "a",
            "Zé",
            "\uD83D\uDE00",
            "<script>alert(1)</script>",
            "</p>",
            "<img src=x onerror=alert(1)>",
            "\" onmouseover=\"alert(1)",
            "' autofocus onfocus='alert(1)",
            "&amp;",
            "&lt",
            "&copy;",
            "&#60;",
            "javascript:",
            "JaVaScRiPt:",
            "<!--",
            "-->",
            "\t",
            "\n")
        .list()
        .ofMaxSize(8)
        .map(parts -> String.join("", parts));
  }

  private static Element body(String html) {
    Document document = Jsoup.parseBodyFragment(html);
    return document.body();
  }

  private static String tree(Element element) {
    return element.children().stream().map(Element::outerHtml).collect(Collectors.joining("\n"));
  }

  @ParameterizedTest(name = "text: {0}")
  @ValueSource(
      strings = {
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "Tom & Jerry",
        "5 &lt; 6 is written &amp;lt;",
        "</p><p>second paragraph",
        "plain text"
      })
  @DisplayName("in element text, markup stays text: one <p>, no child element, the same text back")
  void textExamples(String input) {
    assertTextContext(input);
  }

  @Property(tries = 300)
  @Label("in element text, no hostile string makes an element, and the text reads back unchanged")
  void textProperty(@ForAll("hostile") String input) {
    assertTextContext(input);
  }

  private static void assertTextContext(String input) {
    String html = "<p>" + HtmlEscaper.text(input) + "</p>";
    Element body = body(html);
    assertThat(body.children())
        .as(
            "the page %s must parse to exactly one <p> element; it parsed to:%n%s%n"
                + "A < or & that is not escaped starts a tag or a character reference",
            html, tree(body))
        .hasSize(1);
    Element p = body.child(0);
    assertThat(p.children())
        .as("the <p> of %s must contain no element, only text; it holds %s", html, p.children())
        .isEmpty();
    assertThat(p.wholeText())
        .as(
            "the text the browser shows for %s must be the input exactly; an & left alone turns"
                + " '&lt;' or '&copy;' into another character",
            html)
        .isEqualTo(input);
  }

  @ParameterizedTest(name = "attribute: {0}")
  @ValueSource(
      strings = {
        "\" onmouseover=\"alert(1)",
        "' onfocus='alert(1)",
        "a\"><script>alert(1)</script>",
        "Fish & Chips &copy; 2026",
        "plain"
      })
  @DisplayName("in a double- or single-quoted attribute, the value cannot close the quotes")
  void attributeExamples(String input) {
    assertAttributeContext(input, '"');
    assertAttributeContext(input, '\'');
  }

  @Property(tries = 300)
  @Label("in a quoted attribute, no hostile string adds an attribute or an element")
  void attributeProperty(@ForAll("hostile") String input) {
    assertAttributeContext(input, '"');
    assertAttributeContext(input, '\'');
  }

  private static void assertAttributeContext(String input, char quote) {
    String html = "<a title=" + quote + HtmlEscaper.attribute(input) + quote + ">link</a>";
    Element body = body(html);
    assertThat(body.children())
        .as("%s must parse to exactly one <a>; it parsed to:%n%s", html, tree(body))
        .hasSize(1);
    Element a = body.child(0);
    assertThat(a.attributes().asList().stream().map(Attribute::getKey))
        .as(
            "the <a> of %s must have the title attribute only; a quote that is not escaped ends"
                + " the value and lets the rest become new attributes such as onmouseover",
            html)
        .containsExactly("title");
    assertThat(a.attr("title"))
        .as("the title the browser reads from %s must be the input exactly", html)
        .isEqualTo(input.replace("\r", "\n"));
    assertThat(a.children()).as("the <a> of %s must hold no element", html).isEmpty();
  }

  private static final Set<String> SAFE = Set.of("http", "https", "mailto");
  private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.\\-]*):");

  /** The scheme a browser sees in an href value, if any (its own clean-up, then RFC 3986). */
  private static String schemeAsBrowserSeesIt(String href) {
    String cleaned = href.replaceAll("[\\t\\n\\r]", "").replaceAll("^[\\x00-\\x20]+", "");
    Matcher m = SCHEME.matcher(cleaned);
    return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
  }

  private static Element link(String url) {
    String html = "<a href=\"" + HtmlEscaper.url(url) + "\">link</a>";
    Element body = body(html);
    assertThat(body.children())
        .as("%s must parse to exactly one <a>; it parsed to:%n%s", html, tree(body))
        .hasSize(1);
    Element a = body.child(0);
    assertThat(a.attributes().asList().stream().map(Attribute::getKey))
        .as("the <a> of %s must have the href attribute only: escape the URL too", html)
        .containsExactly("href");
    return a;
  }

  @ParameterizedTest(name = "refused: {0}")
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " javascript:alert(1)",
        "\u0001javascript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html,<script>alert(1)</script>",
        "a:alert(1)",
        "z:alert(1)",
        "A:alert(1)",
        "Z:alert(1)",
        "x0:alert(1)",
        "x9:alert(1)",
        "web+app:alert(1)",
        "ms-its:alert(1)",
        "x.y:alert(1)"
      })
  @DisplayName("a URL whose scheme runs code or is unknown becomes #, however it is disguised")
  void refusesDangerousSchemes(String url) {
    Element a = link(url);
    assertThat(a.attr("href"))
        .as(
            "url(%s) must give \"#\". Browsers remove tabs and newlines from a URL, trim leading"
                + " spaces and control characters, and read the scheme without regard to case, so"
                + " check the scheme after the same clean-up, against an allow-list of http, https"
                + " and mailto",
            quoted(url))
        .isEqualTo("#");
  }

  @ParameterizedTest(name = "kept: {0}")
  @ValueSource(
      strings = {
        "https://example.com/search?q=a&b=c",
        "HTTP://example.com/",
        "mailto:someone@example.com",
        "/relative/path?x=1:2",
        "page.html#top",
        "?q=&lt;",
        "#section",
        "/a:b",
        ":no-scheme",
        "a/b:c",
        "a@b:c",
        "a[b]:c",
        "a`b:c",
        "a{b}:c",
        "https://example.com/?q=\"quoted\""
      })
  @DisplayName("a relative URL or one with an allowed scheme is kept, exactly as written")
  void keepsSafeUrls(String url) {
    Element a = link(url);
    assertThat(a.attr("href"))
        .as(
            "url(%s) must keep the URL: a relative reference has no scheme (a colon after a / or"
                + " ? @ [ or any character a scheme cannot hold is not a scheme's), http, https and"
                + " mailto are allowed in any case, and the"
                + " escaped & and quotes read back as themselves",
            quoted(url))
        .isEqualTo(url);
  }

  @ParameterizedTest(name = "cleaned: {0}")
  @ValueSource(strings = {"  https://example.com/ ", "https://exa\tmple.com/", "\n/path\r\n"})
  @DisplayName("the browser's clean-up is applied to a kept URL: tabs, newlines, outer spaces")
  void cleansKeptUrls(String url) {
    Element a = link(url);
    assertThat(a.attr("href"))
        .as("url(%s): tabs and newlines removed, leading and trailing spaces trimmed", quoted(url))
        .isEqualTo(url.replaceAll("[\\t\\n\\r]", "").strip());
  }

  @Property(tries = 300)
  @Label("in href, no hostile string gets a scheme other than http, https or mailto past url()")
  void urlProperty(@ForAll("hostile") String input) {
    Element a = link(input);
    String href = a.attr("href");
    assertThat(schemeAsBrowserSeesIt(href))
        .as(
            "url(%s) produced href %s, whose scheme the browser reads as shown: only http, https,"
                + " mailto or none may pass",
            quoted(input), quoted(href))
        .satisfiesAnyOf(s -> assertThat(s).isEmpty(), s -> assertThat(SAFE).contains(s));
  }

  private static String quoted(String s) {
    return "\""
        + s.replace("\t", "\\t")
            .replace("\n", "\\n")
            .replace("\r", "\\r")
            .replace("\u0001", "\\u0001")
        + "\"";
  }
}
