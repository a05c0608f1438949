package dev.roadmapkit.internet.urlsanddomains;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Label("internet/urls-and-domains: UriReferences")
class UriReferencesTest {

  private static final String BASE = "http://a/b/c/d;p?q";

  @ParameterizedTest(name = "RFC 3986 5.4.1 normal: \"{0}\" resolves to {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "g:h       | g:h",
        "g         | http://a/b/c/g",
        "./g       | http://a/b/c/g",
        "g/        | http://a/b/c/g/",
        "/g        | http://a/g",
        "//g       | http://g",
        "?y        | http://a/b/c/d;p?y",
        "g?y       | http://a/b/c/g?y",
        "#s        | http://a/b/c/d;p?q#s",
        "g#s       | http://a/b/c/g#s",
        "g?y#s     | http://a/b/c/g?y#s",
        ";x        | http://a/b/c/;x",
        "g;x       | http://a/b/c/g;x",
        "g;x?y#s   | http://a/b/c/g;x?y#s",
        "''        | http://a/b/c/d;p?q",
        ".         | http://a/b/c/",
        "./        | http://a/b/c/",
        "..        | http://a/b/",
        "../       | http://a/b/",
        "../g      | http://a/b/g",
        "../..     | http://a/",
        "../../    | http://a/",
        "../../g   | http://a/g"
      })
  @DisplayName("resolves every normal example of RFC 3986 section 5.4.1")
  void normalExamples(String reference, String expected) {
    assertThat(UriReferences.resolve(BASE, reference))
        .as(
            "resolve(\"%s\", \"%s\"): RFC 3986 section 5.4.1 gives %s. Check the case of 5.2.2"
                + " this reference falls in (scheme? authority? empty path? path starting with /?"
                + " otherwise merge: the base path up to its last '/', then remove dot segments)",
            BASE, reference, expected)
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "RFC 3986 5.4.2 abnormal: \"{0}\" resolves to {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "../../../g    | http://a/g",
        "../../../../g | http://a/g",
        "/./g          | http://a/g",
        "/../g         | http://a/g",
        "g.            | http://a/b/c/g.",
        ".g            | http://a/b/c/.g",
        "g..           | http://a/b/c/g..",
        "..g           | http://a/b/c/..g",
        "./../g        | http://a/b/g",
        "./g/.         | http://a/b/c/g/",
        "g/./h         | http://a/b/c/g/h",
        "g/../h        | http://a/b/c/h",
        "g;x=1/./y     | http://a/b/c/g;x=1/y",
        "g;x=1/../y    | http://a/b/c/y",
        "g?y/./x       | http://a/b/c/g?y/./x",
        "g?y/../x      | http://a/b/c/g?y/../x",
        "g#s/./x       | http://a/b/c/g#s/./x",
        "g#s/../x      | http://a/b/c/g#s/../x",
        "http:g        | http:g"
      })
  @DisplayName("resolves every abnormal example of RFC 3986 section 5.4.2 (strict parser)")
  void abnormalExamples(String reference, String expected) {
    assertThat(UriReferences.resolve(BASE, reference))
        .as(
            "resolve(\"%s\", \"%s\"): RFC 3986 section 5.4.2 gives %s. '..' never climbs above the"
                + " root; 'g.' and '..g' are ordinary segments; dots in the query or fragment are"
                + " not path segments; a reference with a scheme is absolute (strict)",
            BASE, reference, expected)
        .isEqualTo(expected);
  }

  @Test
  @DisplayName("a base with an authority and an empty path merges as \"/\" + reference path")
  void mergeWithEmptyBasePath() {
    assertThat(UriReferences.resolve("http://a", "g"))
        .as(
            "RFC 3986 5.2.3: the base http://a has an authority and an empty path, so g merges to /g")
        .isEqualTo("http://a/g");
    assertThat(UriReferences.resolve("http://a?q", "?y#f"))
        .as("an empty reference path keeps the base's empty path and takes the reference's query")
        .isEqualTo("http://a?y#f");
    assertThat(UriReferences.resolve("foo:a/b", "c"))
        .as("a base without authority and with a relative path: keep up to the last '/'")
        .isEqualTo("foo:a/c");
    assertThat(UriReferences.resolve("foo:ab", "c"))
        .as("a base path without any '/': merge keeps nothing of it")
        .isEqualTo("foo:c");
  }

  @Test
  @DisplayName("a reference with a scheme or an authority has its dot segments removed too")
  void dotSegmentsInAbsoluteReferences() {
    assertThat(UriReferences.resolve(BASE, "x:/a/./b/../c"))
        .as("a reference with a scheme is taken whole, but its path loses its dot segments")
        .isEqualTo("x:/a/c");
    assertThat(UriReferences.resolve(BASE, "//g/./x/../y?z#f"))
        .as("a network-path reference keeps the base's scheme only, and loses its dot segments")
        .isEqualTo("http://g/y?z#f");
    assertThat(UriReferences.resolve(BASE, "/g/h/../i?z"))
        .as("an absolute-path reference loses its dot segments and keeps its own query")
        .isEqualTo("http://a/g/i?z");
  }

  @Test
  @DisplayName("the base must be absolute")
  void baseMustHaveAScheme() {
    assertThatThrownBy(() -> UriReferences.resolve("/b/c/d", "g"))
        .as("a relative base cannot be resolved against: IllegalArgumentException")
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "remove_dot_segments(\"{0}\") = \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "/a/b/c/./../../g   | /a/g",
        "mid/content=5/../6 | mid/6",
        "/../g              | /g",
        "/..                | /",
        "/.                 | /",
        "..                 | ''",
        ".                  | ''",
        "../a               | a",
        "./a                | a",
        "a/..               | /",
        "/a/b/..            | /a/",
        "/a/b/.             | /a/b/",
        "/a/.b/..c/c..      | /a/.b/..c/c..",
        "a//b/../c          | a//c",
        "''                 | ''",
        "/                  | /",
        "abc                | abc"
      })
  @DisplayName("removes dot segments as RFC 3986 section 5.2.4 does")
  void removeDotSegments(String path, String expected) {
    assertThat(UriReferences.removeDotSegments(path))
        .as(
            "remove_dot_segments(\"%s\") must be \"%s\" (rules A to E of RFC 3986 5.2.4; at the"
                + " root, '/..' just becomes '/')",
            path, expected)
        .isEqualTo(expected);
  }

  /** Relative references on which java.net.URI (RFC 2396) and RFC 3986 agree. */
  @Provide
  Arbitrary<String> plainReferences() {
    Arbitrary<String> name = Arbitraries.of("g", "h1", "x-y", "a.b", "p;q", "%41");
    Arbitrary<String> up = Arbitraries.of("", "./", "../", "../../", "./../");
    Arbitrary<List<String>> middle = name.list().ofMinSize(1).ofMaxSize(4);
    Arbitrary<String> inner = Arbitraries.of("", "", "./", "k/../");
    Arbitrary<String> tail = Arbitraries.of("", "/", "?y", "#s", "?y=1#s", "/?");
    Arbitrary<Boolean> absolutePath = Arbitraries.of(false, false, true);
    return Combinators.combine(up, middle, inner, tail, absolutePath)
        .as(
            (u, segments, in, t, absolute) -> {
              List<String> parts = new ArrayList<>(segments);
              String path =
                  absolute ? "/" + String.join("/", parts) : u + in + String.join("/", parts);
              return path + t;
            });
  }

  @Property(tries = 300)
  @Label("agrees with java.net.URI.resolve on plain relative references (where URI is correct)")
  void agreesWithJavaNetUri(
      @ForAll("plainReferences") String reference, @ForAll("bases") String base) {
    String expected = URI.create(base).resolve(URI.create(reference)).toString();
    assertThat(UriReferences.resolve(base, reference))
        .as(
            "resolve(\"%s\", \"%s\"): java.net.URI, correct on references like this one, gives %s",
            base, reference, expected)
        .isEqualTo(expected);
  }

  @Provide
  Arbitrary<String> bases() {
    return Arbitraries.of(
        BASE, "http://example.com/x/y/z", "https://h:8443/dir/sub/file.html?x=1", "ftp://f/a/b/");
  }

  @ParameterizedTest(name = "normalize(\"{0}\") = \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "HTTP://Example.COM:80/a/./b/../c        | http://example.com/a/c",
        "https://example.com:443                 | https://example.com/",
        "https://example.com:80/                 | https://example.com:80/",
        "http://example.com:443/                 | http://example.com:443/",
        "http://example.com:/x                   | http://example.com/x",
        "ws://h:80/s                             | ws://h/s",
        "wss://h:443/s                           | wss://h/s",
        "ftp://h:21/x                            | ftp://h/x",
        "ftp://h:80/x                            | ftp://h:80/x",
        "foo://h:80                              | foo://h:80",
        "http://example.com/%7euser/%3a%2f       | http://example.com/~user/%3A%2F",
        "http://example.com/%41%42%30-%5F%2E%7E  | http://example.com/AB0-_.~",
        "http://User@Example.com:8080/P?Q=%aa#F%2d | http://User@example.com:8080/P?Q=%AA#F-",
        "http://[2001:DB8::1]:80/                | http://[2001:db8::1]/",
        "http://[2001:DB8::1]:8080/              | http://[2001:db8::1]:8080/",
        "http://%45x%2Dample.COM/                | http://ex-ample.com/",
        "http://a%c3%A9b.com/                    | http://a%C3%A9b.com/",
        "mailto:Joe@Example.COM                  | mailto:Joe@Example.COM",
        "URN:x:%7e%7A                            | urn:x:~z",
        "http://a/b?x=%2e%2E/./                  | http://a/b?x=.././",
        "http://a:8080                           | http://a:8080/"
      })
  @DisplayName("normalises scheme, host, percent-encodings, dot segments and default ports")
  void normalizeExamples(String uri, String expected) {
    assertThat(UriReferences.normalize(uri))
        .as(
            "normalize(\"%s\") must be \"%s\": scheme and host lower-cased, unreserved %%XX"
                + " decoded, other %%XX upper-case, dot segments removed from the path only,"
                + " the port removed only when it is empty or the default of THIS scheme",
            uri, expected)
        .isEqualTo(expected);
  }

  @Test
  @DisplayName("normalize refuses a relative reference and a broken percent-encoding")
  void normalizeRefusesBadInput() {
    assertThatThrownBy(() -> UriReferences.normalize("//a/b"))
        .as("a reference without a scheme is not an absolute URI")
        .isInstanceOf(IllegalArgumentException.class);
    for (String bad : List.of("http://a/%zz", "http://a/%4", "http://a/x%", "http://a/%g1")) {
      assertThatThrownBy(() -> UriReferences.normalize(bad))
          .as("%s: a '%%' must be followed by two hex digits", bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  /** A canonical URI and a differently spelled one for the same resource. */
  @Provide
  Arbitrary<String[]> spellings() {
    Arbitrary<String> scheme = Arbitraries.of("http", "https", "ftp", "ws", "foo");
    Arbitrary<String> host =
        Arbitraries.strings().withChars("abcxyz019-").ofMinLength(1).ofMaxLength(8);
    Arbitrary<String> port = Arbitraries.of("", ":", ":80", ":443", ":21", ":8080");
    Arbitrary<String> path = Arbitraries.strings().withChars("abXY09-._~/:@!").ofMaxLength(12);
    Arbitrary<Long> seed = Arbitraries.longs();
    return Combinators.combine(scheme, host, port, path, seed)
        .as(
            (s, h, p, pa, sd) -> {
              java.util.Random random = new java.util.Random(sd);
              String cleanPath = "/" + pa.replace(".", "");
              String canonicalPort =
                  p.isEmpty() || p.equals(":") || p.equals(":" + defaultPort(s)) ? "" : p;
              String canonical = s + "://" + h + canonicalPort + cleanPath;
              String variant =
                  randomCase(s, random)
                      + "://"
                      + encode(randomCase(h, random), random)
                      + p
                      + encode(cleanPath, random);
              return new String[] {canonical, variant};
            });
  }

  private static String defaultPort(String scheme) {
    switch (scheme) {
      case "http":
      case "ws":
        return "80";
      case "https":
        return "443";
      case "ftp":
        return "21";
      default:
        return "none";
    }
  }

  private static String randomCase(String s, java.util.Random random) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      out.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
    }
    return out.toString();
  }

  private static String encode(String s, java.util.Random random) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      boolean unreserved = Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0;
      if (unreserved && random.nextInt(3) == 0) {
        String hex = String.format("%02x", (int) c);
        out.append('%').append(random.nextBoolean() ? hex.toUpperCase(Locale.ROOT) : hex);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  @Property(tries = 300)
  @Label("two spellings of one URI normalise to the same canonical string, and again to itself")
  void spellingsNormaliseAlike(@ForAll("spellings") String[] pair) {
    String canonical = pair[0];
    String variant = pair[1];
    assertThat(UriReferences.normalize(variant))
        .as(
            "\"%s\" names the same resource as \"%s\" (case of scheme and host, %%XX of"
                + " unreserved characters, default or empty port): it must normalise to it",
            variant, canonical)
        .isEqualTo(canonical);
    assertThat(UriReferences.normalize(canonical))
        .as("normalising \"%s\", which is already normal, must not change it", canonical)
        .isEqualTo(canonical);
  }
}
