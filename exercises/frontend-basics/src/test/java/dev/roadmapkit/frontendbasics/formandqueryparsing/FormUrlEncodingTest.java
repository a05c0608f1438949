package dev.roadmapkit.frontendbasics.formandqueryparsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Label("frontend-basics/form-and-query-parsing: FormUrlEncoding")
class FormUrlEncodingTest {

  private static FormField f(String name, String value) {
    return new FormField(name, value);
  }

  private static void assertParses(String input, FormField... expected) {
    assertThat(FormUrlEncoding.parse(input))
        .as(
            "parse(\"%s\") per the WHATWG URL standard's urlencoded parser: split on &, skip empty"
                + " pieces, split each at its FIRST =, + is a space, %%XX is a byte (a bad %% stays"
                + " literal), the bytes are UTF-8; repeated names stay, in order",
            input)
        .containsExactly(expected);
  }

  @Test
  @DisplayName("fields are split on & and at the first =, in order, repeated names kept")
  void splitsFields() {
    assertParses("a=b&c=d", f("a", "b"), f("c", "d"));
    assertParses("a=1&a=2&b=3&a=4", f("a", "1"), f("a", "2"), f("b", "3"), f("a", "4"));
    assertParses("a=b=c", f("a", "b=c"));
    assertParses("=b", f("", "b"));
    assertParses("a=", f("a", ""));
    assertParses("=", f("", ""));
  }

  @Test
  @DisplayName("empty pieces are skipped; a piece without = is a name with an empty value")
  void emptyPiecesAndBareNames() {
    assertParses("");
    assertParses("&&a=b&&&c&", f("a", "b"), f("c", ""));
    assertParses("flag", f("flag", ""));
  }

  @Test
  @DisplayName("+ is a space, in names and values; an encoded %2B is a plus")
  void plusIsSpace() {
    assertParses("a+b=c+d+", f("a b", "c d "));
    assertParses("q=1%2B1", f("q", "1+1"));
  }

  @Test
  @DisplayName("encoded & and = stay inside their part: split first, decode after")
  void encodedDelimiters() {
    assertParses("a%3Db=c%26d%3De", f("a=b", "c&d=e"));
    assertParses("%26=%3d", f("&", "="));
  }

  @Test
  @DisplayName("percent-escapes are UTF-8 bytes: é is %C3%A9, 😀 is four bytes")
  void utf8() {
    assertParses("caf%C3%A9=%e2%82%AC", f("café", "€"));
    assertParses("e=%F0%9F%98%80", f("e", "\uD83D\uDE00"));
    assertParses("raw=café€", f("raw", "café€"));
    assertParses("bad=%FF", f("bad", "\uFFFD"));
  }

  @Test
  @DisplayName("a % that is not followed by two hex digits stays a literal %, without error")
  void invalidPercentStaysLiteral() {
    assertParses("%zz=%", f("%zz", "%"));
    assertParses(
        "a=%4&b=%4g&c=100%&d=%%41", f("a", "%4"), f("b", "%4g"), f("c", "100%"), f("d", "%A"));
    assertParses("%41%4", f("A%4", ""));
    assertParses("x=%9", f("x", "%9"));
  }

  @Test
  @DisplayName("queryOf reads the query of a URL: after the first ?, up to the #")
  void queryOfUrl() {
    assertThat(FormUrlEncoding.queryOf("https://example.com/search?q=a+b&page=2#results"))
        .as("the fragment after # is not part of the query")
        .containsExactly(f("q", "a b"), f("page", "2"));
    assertThat(FormUrlEncoding.queryOf("/p?x=1?2"))
        .as("only the first ? starts the query; later ones are data")
        .containsExactly(f("x", "1?2"));
    assertThat(FormUrlEncoding.queryOf("/p#frag?x=1"))
        .as("a ? after the # belongs to the fragment: no query")
        .isEmpty();
    assertThat(FormUrlEncoding.queryOf("/path")).as("no ? means no fields").isEmpty();
  }

  private static void assertSerializes(List<FormField> fields, String expected) {
    assertThat(FormUrlEncoding.serialize(fields))
        .as(
            "serialize(%s) per the urlencoded serializer: UTF-8 bytes, ASCII letters, digits and"
                + " * - . _ kept, space as +, every other byte %%XX in upper-case hex, & between"
                + " fields, = between name and value",
            fields)
        .isEqualTo(expected);
  }

  @Test
  @DisplayName("serialize keeps alnum and *-._, writes space as +, encodes & = + % and ~")
  void serializes() {
    assertSerializes(List.of(), "");
    assertSerializes(List.of(f("a b", "c&d=e")), "a+b=c%26d%3De");
    assertSerializes(List.of(f("*-._", "AZaz09")), "*-._=AZaz09");
    assertSerializes(List.of(f("+%", "~!'()")), "%2B%25=%7E%21%27%28%29");
    assertSerializes(List.of(f("a", "1"), f("a", "2"), f("", "")), "a=1&a=2&=");
    assertSerializes(List.of(f("café", "\uD83D\uDE00")), "caf%C3%A9=%F0%9F%98%80");
    assertSerializes(List.of(f("/?#", "\n")), "%2F%3F%23=%0A");
  }

  /** Text with every character that matters: delimiters, +, %, space, non-ASCII, emoji. */
  @Provide
  Arbitrary<String> text() {
    return Arbitraries.oneOf(
            Arbitraries.of(
                "&",
                "=",
                "+",
                "%",
                " ",
                "%2",
                "%41",
                "?",
                "#",
                "a",
                "Z",
                "0",
                "*",
                "~",
                "é",
                "€",
                "\uD83D\uDE00",
                "\u0000",
                "\n"),
            Arbitraries.strings().withCharRange('\u0000', '\uD7FF').ofMaxLength(3))
        .list()
        .ofMaxSize(6)
        .map(parts -> String.join("", parts));
  }

  @Provide
  Arbitrary<List<FormField>> fields() {
    return Combinators.combine(text(), text()).as(FormField::new).list().ofMaxSize(5);
  }

  @Property(tries = 300)
  @Label("serialize then parse gives back exactly the same fields, in order")
  void roundTrip(@ForAll("fields") List<FormField> fields) {
    String body = FormUrlEncoding.serialize(fields);
    assertThat(FormUrlEncoding.parse(body))
        .as(
            "parse(serialize(%s)) went through \"%s\": every & = + %% in a name or value must be"
                + " encoded, and decoding must undo exactly that",
            fields, body)
        .containsExactlyElementsOf(fields);
  }

  @Property(tries = 200)
  @Label("serialize agrees with java.net.URLEncoder, which implements the same byte rules")
  void agreesWithUrlEncoder(@ForAll("text") String name, @ForAll("text") String value) {
    String expected =
        URLEncoder.encode(name, StandardCharsets.UTF_8)
            + "="
            + URLEncoder.encode(value, StandardCharsets.UTF_8);
    assertThat(FormUrlEncoding.serialize(List.of(f(name, value))))
        .as("serialize of (%s, %s) must equal what URLEncoder writes", name, value)
        .isEqualTo(expected);
  }

  /** Encoded text as other clients write it: mixed-case hex escapes, raw safe characters, +. */
  @Provide
  Arbitrary<String> encoded() {
    return text()
        .map(
            s -> {
              String upper = URLEncoder.encode(s, StandardCharsets.UTF_8);
              StringBuilder mixed = new StringBuilder();
              for (int i = 0; i < upper.length(); i++) {
                char c = upper.charAt(i);
                mixed.append(i % 3 == 0 ? Character.toLowerCase(c) : c);
              }
              return mixed.toString();
            });
  }

  @Property(tries = 200)
  @Label("decoding valid escapes agrees with java.net.URLDecoder")
  void agreesWithUrlDecoder(@ForAll("encoded") String value) {
    List<FormField> parsed = FormUrlEncoding.parse("k=" + value);
    assertThat(parsed)
        .as(
            "parse(\"k=%s\") must give one field whose value URLDecoder agrees with: + is a space,"
                + " %%XX in either case are UTF-8 bytes",
            value)
        .containsExactly(f("k", URLDecoder.decode(value, StandardCharsets.UTF_8)));
  }
}
