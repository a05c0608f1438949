package dev.roadmapkit.frontendbasics.cssselectors;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@Label("frontend-basics/css-selectors: CssSelector")
class CssSelectorTest {

  private static final String PAGE =
      "<ul class='menu main' id='nav'>"
          + " <li class='item'><a href='/'>home</a></li>"
          + " <li class='item active'><span><a href='/docs' data-kind='doc'>docs</a></span></li>"
          + "</ul>"
          + "<div class='menu-extra'><ul><li><span><span><a>deep</a></span></span></li></ul></div>";

  private static List<String> matchedTexts(String selector, String html) {
    Document document = Jsoup.parse(html);
    CssSelector parsed = CssSelector.parse(selector);
    List<String> texts = new ArrayList<>();
    for (Element element : document.body().getAllElements()) {
      if (element != document.body() && parsed.matches(element)) {
        texts.add(element.normalName() + ":" + element.ownText().strip());
      }
    }
    return texts;
  }

  @ParameterizedTest(name = "{0} matches [{1}]")
  @CsvSource(
      delimiter = '|',
      value = {
        "a | a:home, a:docs, a:deep",
        "A | a:home, a:docs, a:deep",
        "ul.menu a | a:home, a:docs",
        ".menu | ul:",
        "#nav > li > a | a:home",
        "li > span a | a:docs, a:deep",
        "li>span>a | a:docs",
        "li > span > span > a | a:deep",
        "div li > span a | a:deep",
        "a[data-kind] | a:docs",
        "a[data-kind=doc] | a:docs",
        "a[data-kind=\"doc\"] | a:docs",
        "a[href=\"/\"] | a:home",
        "li:first-child a | a:home, a:deep",
        ".item.active span | span:",
        "* > a:first-child | a:home, a:docs, a:deep",
        "span.item | ''",
      })
  @DisplayName("selectors match the elements a browser would style, on a small page")
  void examples(String selector, String expected) {
    List<String> wanted = expected.isEmpty() ? List.of() : List.of(expected.split(", "));
    assertThat(matchedTexts(selector, PAGE))
        .as(
            "elements matched by %s, in document order. Remember: a class matches a whole word of"
                + " class=\"...\", not a substring (.menu is not in menu-extra); '>' is the parent"
                + " only; a space is any ancestor, and when the nearest ancestor fits the compound"
                + " but fails further left, try the next one up",
            selector)
        .containsExactlyElementsOf(wanted);
  }

  @Test
  @DisplayName(":first-child counts elements only: text before the first element does not count")
  void firstChildIgnoresText() {
    assertThat(matchedTexts("p:first-child", "<div> some text <p>first</p><p>second</p></div>"))
        .as(
            "the first <p> is the first element child of its <div>, though a text node comes"
                + " before it: use elementSiblingIndex(), not siblingIndex()")
        .containsExactly("p:first");
  }

  @ParameterizedTest(name = "{0} has specificity {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "* | (0,0,0)",
        "li | (0,0,1)",
        "ul li | (0,0,2)",
        "ul > li | (0,0,2)",
        "li.red | (0,1,1)",
        "li.red.level | (0,2,1)",
        "#x34y | (1,0,0)",
        "a[href] | (0,1,1)",
        "li:first-child | (0,1,1)",
        "* > *.a | (0,1,0)",
        "#nav .item > a[data-kind=doc]:first-child | (1,3,1)",
      })
  @DisplayName("specificity counts ids, then classes, attributes and pseudo-classes, then types")
  void specificity(String selector, String expected) {
    assertThat(CssSelector.parse(selector).specificity())
        .as(
            "specificity of %s as (ids,classes,types): * and combinators count nothing, an"
                + " attribute selector and :first-child count like a class (Selectors Level 4,"
                + " section 17)",
            selector)
        .hasToString(expected);
  }

  @Test
  @DisplayName("specificities compare ids first, then classes, then types")
  void specificityOrder() {
    CssSelector.Specificity id = CssSelector.parse("#a").specificity();
    CssSelector.Specificity classes = CssSelector.parse(".a.b.c.d").specificity();
    CssSelector.Specificity types = CssSelector.parse("a b c d e").specificity();
    assertThat(id).as("one id beats any number of classes").isGreaterThan(classes);
    assertThat(classes).as("one class beats any number of types").isGreaterThan(types);
    assertThat(types).as("and a specificity equals itself").isEqualByComparingTo(types);
  }

  @ParameterizedTest(name = "\"{0}\" is refused")
  @ValueSource(
      strings = {
        "",
        " ",
        "div >",
        "> p",
        ".",
        "#",
        "a[",
        "a[href",
        "a[href=]",
        "a[b=\"c]",
        "p:hover",
        "div, p",
        "p::before",
        "a..b",
        "1a",
        "a > > b"
      })
  @DisplayName("a selector outside the grammar is refused with IllegalArgumentException")
  void refusesBadSelectors(String selector) {
    assertThatIllegalArgumentException()
        .as(
            "CssSelector.parse(\"%s\") must throw IllegalArgumentException: a browser drops a rule"
                + " whose selector it cannot parse, it does not guess",
            selector)
        .isThrownBy(() -> CssSelector.parse(selector));
  }

  @Test
  @DisplayName("toString gives the selector back")
  void toStringGivesSelector() {
    assertThat(CssSelector.parse("ul > li.item")).hasToString("ul > li.item");
  }

  // --- cross-check against jsoup's own selector engine on generated documents ---

  private static final String[] TAGS = {"div", "span", "li", "a", "em"};
  private static final String[] CLASSES = {"x", "y", "xy"};

  private static void element(Random random, StringBuilder html, int depth) {
    String tag = TAGS[random.nextInt(TAGS.length)];
    html.append('<').append(tag);
    List<String> classes = new ArrayList<>();
    for (String c : CLASSES) {
      if (random.nextInt(3) == 0) {
        classes.add(c);
      }
    }
    if (!classes.isEmpty()) {
      html.append(" class=\"").append(String.join(" ", classes)).append('"');
    }
    if (random.nextInt(5) == 0) {
      html.append(" id=\"i").append(1 + random.nextInt(2)).append('"');
    }
    if (random.nextInt(3) == 0) {
      html.append(" data-k=\"").append(random.nextBoolean() ? "a" : "b").append('"');
    }
    html.append('>');
    int children = depth >= 4 ? 0 : random.nextInt(4);
    for (int i = 0; i < children; i++) {
      if (random.nextInt(3) == 0) {
        html.append(random.nextBoolean() ? " " : "text");
      }
      element(random, html, depth + 1);
    }
    html.append("</").append(tag).append('>');
  }

  private static String compound(Random random) {
    StringBuilder s = new StringBuilder();
    int kind = random.nextInt(3);
    if (kind == 0) {
      s.append(TAGS[random.nextInt(TAGS.length)]);
    } else if (kind == 1) {
      s.append('*');
    }
    String[] simples = {
      ".x", ".y", ".xy", "#i1", "#i2", "[data-k]", "[data-k=a]", "[data-k=\"b\"]", ":first-child"
    };
    int count = kind == 2 ? 1 + random.nextInt(2) : random.nextInt(2);
    for (int i = 0; i < count; i++) {
      s.append(simples[random.nextInt(simples.length)]);
    }
    return s.toString();
  }

  private static String selector(Random random) {
    StringBuilder s = new StringBuilder(compound(random));
    int more = random.nextInt(3);
    String[] combinators = {" ", " > ", ">", "  "};
    for (int i = 0; i < more; i++) {
      s.append(combinators[random.nextInt(combinators.length)]).append(compound(random));
    }
    return s.toString();
  }

  @Property(tries = 60)
  @Label("on generated documents, the matcher agrees with jsoup's select() on every element")
  void agreesWithJsoup(@ForAll long seed) {
    Random random = new Random(seed);
    StringBuilder html = new StringBuilder();
    for (int i = 0; i < 3; i++) {
      element(random, html, 0);
    }
    Document document = Jsoup.parse(html.toString());
    for (int s = 0; s < 25; s++) {
      String selector = selector(random);
      Set<Element> expected = Collections.newSetFromMap(new IdentityHashMap<>());
      expected.addAll(document.select(selector));
      CssSelector parsed = CssSelector.parse(selector);
      for (Element element : document.body().getAllElements()) {
        if (element == document.body()) {
          continue;
        }
        boolean jsoup = expected.contains(element);
        assertThat(parsed.matches(element))
            .as(
                "%s on this element (jsoup says %s):%n%s%nin the document:%n%s",
                selector,
                jsoup ? "it matches" : "it does not match",
                element.outerHtml().lines().findFirst().orElse(""),
                document.body().html())
            .isEqualTo(jsoup);
      }
    }
  }

  @Test
  @Tag("guard")
  @DisplayName("the matcher does not call jsoup's own selector engine")
  void doesNotUseJsoupSelectors() {
    Set<String> forbidden =
        Set.of(
            "is", "select", "selectFirst", "selectXpath", "selectStream", "closest", "expectFirst");
    DescribedPredicate<JavaMethodCall> selectorCall =
        DescribedPredicate.describe(
            "call jsoup's own selector methods (is, select, selectFirst, closest...)",
            call ->
                call.getTargetOwner().getPackageName().startsWith("org.jsoup")
                    && forbidden.contains(call.getName()));
    DescribedPredicate<JavaClass> selectorEngine =
        DescribedPredicate.describe(
            "belong to jsoup's selector engine (org.jsoup.select, except Elements)",
            c ->
                c.getPackageName().equals("org.jsoup.select")
                    && !c.getSimpleName().equals("Elements"));
    noClasses()
        .that()
        .belongToAnyOf(CssSelector.class)
        .should()
        .callMethodWhere(selectorCall)
        .orShould()
        .dependOnClassesThat(selectorEngine)
        .because("the tests compare your matcher with jsoup's; asking jsoup itself proves nothing")
        .check(
            new ClassFileImporter()
                .importClasses(CssSelector.class, CssSelector.Specificity.class));
  }
}
