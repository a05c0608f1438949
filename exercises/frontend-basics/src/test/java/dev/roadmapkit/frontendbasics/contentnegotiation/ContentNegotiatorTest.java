package dev.roadmapkit.frontendbasics.contentnegotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Label("frontend-basics/content-negotiation: ContentNegotiator")
class ContentNegotiatorTest {

  private static final String ACCEPT = "RFC 9110 section 12.5.1 (Accept)";
  private static final String QVALUES = "RFC 9110 section 12.4.2 (quality values)";

  private static final MediaType JSON = MediaType.of("application", "json");
  private static final MediaType XML = MediaType.of("application", "xml");
  private static final MediaType HTML = MediaType.of("text", "html");
  private static final MediaType PLAIN = MediaType.of("text", "plain");
  private static final MediaType CSV = MediaType.of("text", "csv");
  private static final MediaType PNG = MediaType.of("image", "png");

  private static Negotiation negotiate(List<MediaType> available, String... acceptLines) {
    return new ContentNegotiator(available).negotiate(List.of(acceptLines));
  }

  private static void assertChooses(
      List<MediaType> available, String accept, MediaType expected, String why) {
    assertThat(negotiate(available, accept))
        .as(
            "server offers %s (best first), request says Accept: %s -> %s. %s",
            available, accept, expected, why)
        .isEqualTo(new Negotiation.Chosen(expected));
  }

  private static void assertNotAcceptable(List<MediaType> available, String accept, String why) {
    assertThat(negotiate(available, accept))
        .as(
            "server offers %s, request says Accept: %s -> 406 Not Acceptable (RFC 9110 section"
                + " 15.5.7). %s",
            available, accept, why)
        .isEqualTo(new Negotiation.NotAcceptable());
  }

  @Test
  @DisplayName("no Accept header means anything: the server's first choice")
  void missingAccept() {
    assertThat(new ContentNegotiator(List.of(HTML, JSON)).negotiate(List.of()))
        .as(
            "a request without Accept accepts any media type (%s), so the server sends its"
                + " preferred one, the first it lists",
            ACCEPT)
        .isEqualTo(new Negotiation.Chosen(HTML));
    assertThat(new ContentNegotiator(List.of(CSV)).negotiate(List.of(" ", ",")))
        .as("Accept field lines with only empty elements name no range: as if absent")
        .isEqualTo(new Negotiation.Chosen(CSV));
  }

  @Test
  @DisplayName("the highest q-value wins; ties go to the server's order, not the header's")
  void qualityThenServerOrder() {
    assertChooses(
        List.of(HTML, JSON),
        "text/html;q=0.5, application/json",
        JSON,
        "No weight means q=1, which beats q=0.5 (" + QVALUES + ").");
    assertChooses(
        List.of(JSON, XML),
        "application/xml, application/json",
        JSON,
        "Both have q=1: the order of the header carries no preference, the server's does.");
    assertChooses(
        List.of(JSON, XML),
        "application/xml;q=0.9, application/json;q=0.8",
        XML,
        "0.9 beats 0.8, whatever the server prefers.");
    assertChooses(
        List.of(JSON, XML),
        "application/json;q=0.001, application/xml;q=0.002",
        XML,
        "Three decimals count: 0.002 beats 0.001.");
    assertChooses(
        List.of(XML, JSON),
        "application/json;q=0.5, application/xml;q=0.50",
        XML,
        "0.5 and 0.50 are the same weight, so the server's first wins.");
  }

  @Test
  @DisplayName("q=0 means not acceptable, never least preferred")
  void zeroMeansNotAcceptable() {
    assertNotAcceptable(
        List.of(JSON),
        "application/json;q=0",
        "q=0 says \"never send me this\" (" + QVALUES + ").");
    assertNotAcceptable(
        List.of(JSON, XML),
        "application/json;q=0.000, application/xml;q=0.0",
        "q=0.000 and q=0.0 are 0 too.");
    assertChooses(
        List.of(JSON, HTML),
        "application/json;q=0, */*;q=0.1",
        HTML,
        "application/json is excluded by its own q=0, even though */* would allow it: the more"
            + " specific range decides.");
    assertChooses(
        List.of(JSON),
        "application/json;q=0.001",
        JSON,
        "q=0.001 is tiny but above 0: acceptable.");
  }

  @Test
  @DisplayName("406 when no range matches any type the server has")
  void notAcceptable() {
    assertNotAcceptable(
        List.of(JSON, XML), "text/html", "No range matches, so every quality is 0.");
    assertNotAcceptable(
        List.of(JSON, CSV),
        "image/*, text/html",
        "image/* matches only image types; text/html is not text/csv.");
  }

  @Test
  @DisplayName("type/* matches that type only: text/* is not application/json")
  void subtypeWildcard() {
    assertNotAcceptable(List.of(JSON), "text/*", "text/* means any TEXT type, not any type.");
    assertChooses(List.of(JSON, CSV), "text/*", CSV, "text/* matches text/csv.");
    assertChooses(List.of(PNG, JSON), "*/*", PNG, "*/* matches everything: the server's first.");
    assertChooses(
        List.of(JSON, PNG),
        "image/*;q=0.9, application/*;q=0.8",
        PNG,
        "Each wildcard applies to its own type only.");
  }

  @Test
  @DisplayName("type/subtype beats type/* beats */*, whatever their order or weights")
  void specificity() {
    assertChooses(
        List.of(HTML, JSON),
        "text/html;q=0.2, */*",
        JSON,
        "For text/html the exact range text/html;q=0.2 overrides */* ("
            + ACCEPT
            + "): 0.2;"
            + " application/json only matches */*: 1.");
    assertChooses(
        List.of(HTML, CSV),
        "text/*;q=0.8, text/html;q=0.3",
        CSV,
        "text/html gets 0.3 from its exact range, not 0.8 from text/*; text/csv gets 0.8.");
    assertChooses(
        List.of(HTML, PNG),
        "*/*;q=0.9, text/*;q=0.1",
        PNG,
        "text/html's most specific range is text/*;q=0.1, although */* appears first and weighs"
            + " more; image/png matches only */*.");
    assertNotAcceptable(
        List.of(HTML, PLAIN),
        "text/*;q=0, text/html;q=0, */*",
        "Both text types are excluded by text/*;q=0 or text/html;q=0, more specific than */*.");
  }

  @Test
  @DisplayName("between two equally specific ranges for the same type, the first one counts")
  void repeatedRange() {
    assertChooses(
        List.of(XML, JSON),
        "application/json;q=0.5, application/json;q=0.9, application/xml;q=0.7",
        XML,
        "application/json is listed twice, equally specific: the first (0.5) counts, as the"
            + " contract says, so application/xml (0.7) wins.");
  }

  @Test
  @DisplayName("media-type parameters must match, and make a range more specific")
  void parameters() {
    MediaType flowed = MediaType.parse("text/plain;format=flowed");
    MediaType fixed = MediaType.parse("text/plain;format=fixed");
    assertChooses(
        List.of(fixed, flowed),
        "text/plain;format=fixed;q=0, text/plain",
        flowed,
        "text/plain;format=fixed is excluded by its own range with q=0; text/plain (no"
            + " parameter) matches format=flowed.");
    assertChooses(
        List.of(fixed, flowed),
        "text/plain;q=0.4, text/plain;format=flowed;q=0.6",
        flowed,
        "The range with the parameter is more specific for flowed (0.6); fixed gets 0.4.");
    assertChooses(
        List.of(flowed, fixed),
        "text/plain;format=flowed;q=0.2, text/plain;q=0.9",
        fixed,
        "flowed's most specific range has q=0.2, although text/plain;q=0.9 also matches it.");
    assertNotAcceptable(
        List.of(PLAIN),
        "text/plain;format=flowed",
        "a range with a parameter matches only types that have it: plain text/plain does not.");
    assertChooses(
        List.of(MediaType.parse("text/html;charset=utf-8")),
        "Text/HTML; Charset=\"UTF-8\"",
        MediaType.parse("text/html;charset=utf-8"),
        "Types, subtypes and parameter names are case-insensitive, and a quoted value is its"
            + " content (RFC 9110 section 8.3.1).");
  }

  @Test
  @DisplayName("the RFC 9110 example: each type gets the weight of its most specific range")
  void rfcExample() {
    // RFC 9110 section 12.5.1, Table 5, with verified erratum 7138 (text/html;level=3 is 0.3).
    String accept =
        "text/*;q=0.3, text/plain;q=0.7, text/plain;format=flowed, text/plain;format=fixed;q=0.4,"
            + " */*;q=0.5";
    List<MediaType> byQuality =
        List.of(
            MediaType.parse("text/plain;format=flowed"), // 1
            PLAIN, // 0.7
            MediaType.parse("image/jpeg"), // 0.5
            MediaType.parse("text/plain;format=fixed"), // 0.4
            HTML, // 0.3
            MediaType.parse("text/html;level=3")); // 0.3
    for (int i = 0; i + 1 < byQuality.size() - 1; i++) {
      MediaType higher = byQuality.get(i);
      MediaType lower = byQuality.get(i + 1);
      assertChooses(
          List.of(lower, higher),
          accept,
          higher,
          "Table 5 of "
              + ACCEPT
              + " gives "
              + higher
              + " a higher quality than "
              + lower
              + ", even though the server prefers "
              + lower
              + ".");
    }
    MediaType level3 = byQuality.get(5);
    assertChooses(
        List.of(level3, HTML),
        accept,
        level3,
        "text/html;level=3 and text/html both get 0.3 from text/* (erratum 7138), so the server's"
            + " order decides.");
    assertChooses(
        List.of(HTML, level3),
        accept,
        HTML,
        "text/html and text/html;level=3 both get 0.3, so the server's order decides.");
  }

  @Test
  @DisplayName("several Accept field lines are one list; the q name is case-insensitive")
  void fieldLinesAndQName() {
    assertThat(negotiate(List.of(JSON, HTML), "application/json;q=0.1", "text/html;q=0.2"))
        .as(
            "two Accept field lines are one comma-separated list (RFC 9110 section 5.3): text/html"
                + " (0.2) beats application/json (0.1)")
        .isEqualTo(new Negotiation.Chosen(HTML));
    assertChooses(
        List.of(JSON, HTML),
        "application/json;Q=0.3, text/html ; q=0.2",
        JSON,
        "Q=0.3 is the weight too (parameter names are case-insensitive), so application/json"
            + " (0.3) beats text/html (0.2); whitespace is allowed around ;.");
    assertChooses(
        List.of(JSON, HTML),
        "application/json;q=0.1;foo=bar, text/html;q=0.2",
        HTML,
        "Whatever follows the weight is not a media-type parameter: application/json;q=0.1;foo=bar"
            + " still matches application/json with 0.1.");
  }

  @Test
  @DisplayName("a q-value outside 0..1 or with more than three decimals is a 400 Bad Request")
  void badQvalues() {
    for (String bad :
        List.of("1.5", "2", "0.0001", ".5", "-1", "abc", "", "1.001", "0.5.5", "0.5x")) {
      String accept = "application/json;q=" + bad + ", text/html";
      Negotiation result = negotiate(List.of(JSON, HTML), accept);
      assertThat(result)
          .as(
              "Accept: %s -> 400 Bad Request: q=%s is not a qvalue, which is 0 to 1 with at most"
                  + " three decimals (%s); this negotiator refuses a malformed header rather than"
                  + " guess",
              accept, bad, QVALUES)
          .isInstanceOf(Negotiation.BadRequest.class);
      assertThat(((Negotiation.BadRequest) result).reason())
          .as("the 400's reason quotes the bad element, so the client's developer can fix it")
          .contains("q=" + bad);
    }
    for (String good : List.of("0", "0.", "0.5", "0.05", "0.123", "1", "1.", "1.0", "1.000")) {
      assertThat(negotiate(List.of(JSON), "application/json;q=" + good).status())
          .as("q=%s is a valid qvalue (%s)", good, QVALUES)
          .isIn(200, 406);
    }
  }

  @Test
  @DisplayName("an element that is not a media range is a 400 Bad Request")
  void badRanges() {
    for (String bad :
        List.of("json", "*/json", "text/", "/html", "text/html;charset", "te xt/html")) {
      Negotiation result = negotiate(List.of(JSON, HTML), "application/json, " + bad);
      assertThat(result)
          .as(
              "Accept: application/json, %s -> 400 Bad Request: \"%s\" is not a media range"
                  + " (%s), and the negotiator is strict",
              bad, bad, ACCEPT)
          .isInstanceOf(Negotiation.BadRequest.class);
      assertThat(((Negotiation.BadRequest) result).reason())
          .as("the 400's reason quotes the bad element")
          .contains(bad.strip());
    }
  }

  @Test
  @DisplayName("the server must offer concrete types: none at all or a wildcard is refused")
  void constructorChecks() {
    assertThat(catchThrowable(() -> new ContentNegotiator(List.of())))
        .as("a negotiator without any representation cannot answer anything")
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(
            catchThrowable(() -> new ContentNegotiator(List.of(JSON, MediaType.of("text", "*")))))
        .as("text/* is a range a client writes, not a representation a server sends")
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(catchThrowable(() -> new ContentNegotiator(List.of(MediaType.of("*", "*")))))
        .as("*/* is not a representation either")
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Distinct ranges: no two of them are equally specific and match the same offered type. */
  private static final List<String> RANGES =
      List.of(
          "*/*",
          "text/*",
          "application/*",
          "image/*",
          "text/html",
          "text/plain",
          "text/plain;format=flowed",
          "application/json",
          "application/xml",
          "image/png");

  private static final List<MediaType> OFFERED =
      List.of(
          HTML,
          PLAIN,
          MediaType.parse("text/plain;format=flowed"),
          JSON,
          XML,
          PNG,
          MediaType.parse("image/webp"),
          CSV);

  /** A weight: none, or q= with a qvalue of zero to three decimals. */
  @Provide
  Arbitrary<String> weight() {
    return Arbitraries.oneOf(
        Arbitraries.of("", ";q=0", ";q=1", ";q=0.5", ";q=0.50", ";q=0.001", ";q=1.000"),
        Arbitraries.integers()
            .between(0, 999)
            .map(thousandths -> String.format(Locale.ROOT, ";q=0.%03d", thousandths)));
  }

  /** An Accept header: some distinct ranges, each with a random weight. */
  @Provide
  Arbitrary<List<String>> acceptElements() {
    return Arbitraries.of(RANGES)
        .list()
        .uniqueElements()
        .ofMinSize(1)
        .ofMaxSize(6)
        .flatMap(
            ranges ->
                weight()
                    .list()
                    .ofSize(ranges.size())
                    .map(
                        weights -> {
                          List<String> elements = new ArrayList<>();
                          for (int i = 0; i < ranges.size(); i++) {
                            elements.add(ranges.get(i) + weights.get(i));
                          }
                          return elements;
                        }));
  }

  /** What a server offers: some distinct concrete types, in a random order of preference. */
  @Provide
  Arbitrary<List<MediaType>> offered() {
    return Arbitraries.of(OFFERED).list().uniqueElements().ofMinSize(1).ofMaxSize(5);
  }

  @Property(tries = 300)
  @Label("shuffling the Accept list never changes the choice (the server's order breaks ties)")
  void orderOfAcceptDoesNotMatter(
      @ForAll("acceptElements") List<String> elements,
      @ForAll("offered") List<MediaType> offered,
      @ForAll Random random) {
    List<String> shuffled = new ArrayList<>(elements);
    Collections.shuffle(shuffled, random);
    String original = String.join(", ", elements);
    String reordered = String.join(", ", shuffled);
    assertThat(negotiate(offered, reordered))
        .as(
            "server offers %s; Accept: %s and Accept: %s list the same ranges with the same"
                + " weights, only in another order, so they must choose the same: quality comes"
                + " from the most specific matching range, ties from the server's order (%s)",
            offered, original, reordered, ACCEPT)
        .isEqualTo(negotiate(offered, original));
  }

  @Property(tries = 200)
  @Label("upper-casing types, subtypes and parameter names never changes the choice")
  void caseDoesNotMatter(
      @ForAll("acceptElements") List<String> elements, @ForAll("offered") List<MediaType> offered) {
    String accept = String.join(", ", elements);
    String upper = accept.toUpperCase(Locale.ROOT);
    assertThat(negotiate(offered, upper))
        .as(
            "server offers %s; Accept: %s and Accept: %s differ only in case, which media types,"
                + " parameter names and the q of the weight ignore (RFC 9110 sections 8.3.1 and"
                + " 12.4.2)",
            offered, accept, upper)
        .isEqualTo(negotiate(offered, accept));
  }
}
