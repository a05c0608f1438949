package dev.roadmapkit.internet.httprequestparser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.roadmapkit.internet.httprequestparser.BadRequestException.Reason;
import dev.roadmapkit.internet.httprequestparser.HttpRequest.Field;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
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

@Label("internet/http-request-parser: HttpRequestParser")
class HttpRequestParserTest {

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static List<HttpRequest> parse(String text) {
    return new HttpRequestParser(Limits.defaults()).feed(bytes(text));
  }

  private static HttpRequest one(String text) {
    List<HttpRequest> requests = parse(text);
    assertThat(requests)
        .as("the octets %s hold exactly one complete request", printable(text))
        .hasSize(1);
    return requests.get(0);
  }

  private static String printable(String text) {
    return "\"" + text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t") + "\"";
  }

  private static Reason refusal(Limits limits, String text, String why) {
    HttpRequestParser parser = new HttpRequestParser(limits);
    Throwable thrown = catchThrowable(() -> parser.feed(bytes(text)));
    assertThat(thrown)
        .as("%s: feeding %s must throw BadRequestException", why, printable(text))
        .isInstanceOf(BadRequestException.class);
    return ((BadRequestException) thrown).reason();
  }

  private static Reason refusal(String text, String why) {
    return refusal(Limits.defaults(), text, why);
  }

  @Test
  @DisplayName("parses a GET: request line and headers, names as sent, values trimmed, no body")
  void parsesAGet() {
    HttpRequest request =
        one("GET /index.html?q=1 HTTP/1.1\r\nHost: example.com\r\nAccept:  text/html \t\r\n\r\n");
    assertThat(request.method()).isEqualTo("GET");
    assertThat(request.target()).isEqualTo("/index.html?q=1");
    assertThat(request.version()).isEqualTo("HTTP/1.1");
    assertThat(request.headers())
        .as("OWS (spaces and tabs) around a value is not part of it (RFC 9112 section 5)")
        .containsExactly(new Field("Host", "example.com"), new Field("Accept", "text/html"));
    assertThat(request.body()).as("no Content-Length, no Transfer-Encoding: no body").isEmpty();
  }

  @Test
  @DisplayName("nothing is returned until the request is complete")
  void waitsForTheWholeRequest() {
    HttpRequestParser parser = new HttpRequestParser(Limits.defaults());
    assertThat(parser.feed(bytes("GET / HTTP/1.1\r\nHost: a\r\n")))
        .as("the headers have not ended (no empty line yet): no request")
        .isEmpty();
    assertThat(parser.feed(bytes("\r"))).as("half of the empty line: still nothing").isEmpty();
    assertThat(parser.feed(bytes("\n"))).as("the empty line is complete: one request").hasSize(1);
  }

  @Test
  @DisplayName("reads a Content-Length body, whatever the case of the header name")
  void contentLengthBody() {
    HttpRequest request =
        one("POST /form HTTP/1.1\r\nhost: a\r\ncontent-LENGTH: 11\r\n\r\nhello world");
    assertThat(new String(request.body(), StandardCharsets.ISO_8859_1))
        .as("header names are case-insensitive: content-LENGTH is Content-Length")
        .isEqualTo("hello world");
    assertThat(request.header("Content-Length")).hasValue("11");
    HttpRequest zero = one("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\n\r\n");
    assertThat(zero.body()).as("Content-Length 0: an empty body, complete at once").isEmpty();
  }

  @Test
  @DisplayName("reads a chunked body: hexadecimal sizes, extensions, trailers")
  void chunkedBody() {
    HttpRequest request =
        one(
            "POST /upload HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: Chunked\r\n\r\n"
                + "a\r\n0123456789\r\n"
                + "1A;name=value\r\n"
                + "abcdefghijklmnopqrstuvwxyz\r\n"
                + "0\r\nExpires: never\r\n\r\n");
    assertThat(new String(request.body(), StandardCharsets.ISO_8859_1))
        .as(
            "chunk sizes are hexadecimal: a is 10 octets, 1A is 26; an extension after ';' is"
                + " ignored; trailer fields are dropped; 'Chunked' matches without regard to case")
        .isEqualTo("0123456789abcdefghijklmnopqrstuvwxyz");
    assertThat(request.headers())
        .as("trailers are not added to the headers")
        .containsExactly(new Field("Host", "a"), new Field("Transfer-Encoding", "Chunked"));
    HttpRequest tenSixteen =
        one(
            "POST / HTTP/1.1\r\nHost: a\r\ntransfer-encoding: chunked\r\n\r\n10\r\n"
                + "0123456789abcdef\r\n0\r\n\r\n");
    assertThat(tenSixteen.body())
        .as(
            "\"10\" is sixteen octets, not ten: parse the size as hex; and the header name is"
                + " case-insensitive")
        .hasSize(16);
  }

  @Test
  @DisplayName("pipelined requests come out in order, and an HTTP/1.0 request needs no Host")
  void pipelining() {
    List<HttpRequest> requests =
        parse(
            "GET /1 HTTP/1.1\r\nHost: a\r\n\r\n"
                + "POST /2 HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\n\r\nok"
                + "\r\nGET /3 HTTP/1.0\r\n\r\n");
    assertThat(requests.stream().map(HttpRequest::target))
        .as("three requests in one read; an empty line between requests is skipped")
        .containsExactly("/1", "/2", "/3");
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "GET  / HTTP/1.1                  | BAD_REQUEST_LINE",
        "GET / HTTP/1.1 extra             | BAD_REQUEST_LINE",
        "GET /                            | BAD_REQUEST_LINE",
        "G(T / HTTP/1.1                   | BAD_REQUEST_LINE",
        "GET / HTTP/1.1x                  | BAD_REQUEST_LINE",
        "GET / http/1.1                   | BAD_REQUEST_LINE",
        "GET / HTTP/2.0                   | BAD_VERSION",
        "GET / HTTP/0.9                   | BAD_VERSION"
      })
  @DisplayName("refuses malformed request lines")
  void badRequestLines(String line, Reason reason) {
    assertThat(refusal(line + "\r\nHost: a\r\n\r\n", "request line " + line))
        .as(
            "\"%s\" must be refused with %s: method SP target SP HTTP/d.d, single spaces, a token"
                + " method, only HTTP/1.1 and HTTP/1.0",
            line, reason)
        .isEqualTo(reason);
  }

  @Test
  @DisplayName("refuses malformed header lines, folding, whitespace before the colon, bare LF")
  void badHeaders() {
    assertThat(refusal("GET / HTTP/1.1\r\nHost : a\r\n\r\n", "space before colon"))
        .as("RFC 9112 5.1: whitespace between name and colon MUST be refused with 400")
        .isEqualTo(Reason.WHITESPACE_BEFORE_COLON);
    assertThat(refusal("GET / HTTP/1.1\r\nHost\t: a\r\n\r\n", "tab before colon"))
        .as("a tab before the colon is whitespace too")
        .isEqualTo(Reason.WHITESPACE_BEFORE_COLON);
    assertThat(refusal("GET / HTTP/1.1\r\nHost: a\r\nX-A: 1\r\n  continued\r\n\r\n", "obs-fold"))
        .as("a line starting with whitespace folds the previous one: obsolete, refuse it")
        .isEqualTo(Reason.OBS_FOLD);
    assertThat(refusal("GET / HTTP/1.1\r\nHost: a\r\n\tX: 1\r\n\r\n", "obs-fold tab"))
        .isEqualTo(Reason.OBS_FOLD);
    assertThat(refusal("GET / HTTP/1.1\r\nHost: a\r\nNoColon\r\n\r\n", "no colon"))
        .isEqualTo(Reason.BAD_HEADER);
    assertThat(refusal("GET / HTTP/1.1\r\nHost: a\r\n: empty\r\n\r\n", "empty name"))
        .isEqualTo(Reason.BAD_HEADER);
    assertThat(refusal("GET / HTTP/1.1\r\nHost: a\r\nX(Y): 1\r\n\r\n", "not a token"))
        .isEqualTo(Reason.BAD_HEADER);
    assertThat(refusal("GET / HTTP/1.1\r\nHost: a\r\nX: a\u0001b\r\n\r\n", "control char"))
        .as("a control character in a value")
        .isEqualTo(Reason.BAD_HEADER);
    assertThat(refusal("GET / HTTP/1.1\nHost: a\r\n\r\n", "bare LF"))
        .as("lines end with CRLF; an LF alone is refused")
        .isEqualTo(Reason.BAD_LINE_ENDING);
    assertThat(one("GET / HTTP/1.1\r\nHost: a\r\nX: caf\u00e9 \u00ff\r\n\r\n").header("x"))
        .as("obs-text (0x80-0xFF) is allowed in a value; header() ignores case")
        .hasValue("caf\u00e9 \u00ff");
  }

  @Test
  @DisplayName("an HTTP/1.1 request needs exactly one Host field")
  void host() {
    assertThat(refusal("GET / HTTP/1.1\r\n\r\n", "no Host"))
        .as("RFC 9112 3.2: an HTTP/1.1 request without Host is refused with 400")
        .isEqualTo(Reason.MISSING_HOST);
    assertThat(refusal("GET / HTTP/1.1\r\nHost: a\r\nhost: b\r\n\r\n", "two Hosts"))
        .as("two Host fields (in any case) are refused too")
        .isEqualTo(Reason.MISSING_HOST);
    assertThat(one("GET / HTTP/1.1\r\nHOST: a\r\n\r\n").target()).isEqualTo("/");
  }

  @Test
  @DisplayName("Content-Length together with Transfer-Encoding is refused: request smuggling")
  void smuggling() {
    assertThat(
            refusal(
                "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 4\r\nTransfer-Encoding: chunked"
                    + "\r\n\r\n0\r\n\r\n",
                "CL and TE"))
        .as(
            "with both, a proxy may use one and the server the other, and the rest of the body"
                + " becomes a second, smuggled request (RFC 9112 6.1): refuse with 400")
        .isEqualTo(Reason.CONTENT_LENGTH_AND_TRANSFER_ENCODING);
    assertThat(
            refusal(
                "POST / HTTP/1.1\r\nHost: a\r\ntransfer-encoding: chunked\r\ncontent-length: 4"
                    + "\r\n\r\n0\r\n\r\n",
                "te and cl in lower case, other order"))
        .isEqualTo(Reason.CONTENT_LENGTH_AND_TRANSFER_ENCODING);
  }

  @Test
  @DisplayName("refuses bad Content-Length values, unknown codings and bad chunks")
  void badBodies() {
    for (String length : List.of("abc", "-1", "1 2", "0x10", "+5", "")) {
      assertThat(
              refusal(
                  "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: " + length + "\r\n\r\n", length))
          .as("Content-Length \"%s\" is not a decimal number", length)
          .isEqualTo(Reason.BAD_CONTENT_LENGTH);
    }
    assertThat(
            refusal(
                "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\nx",
                "two Content-Length"))
        .isEqualTo(Reason.BAD_CONTENT_LENGTH);
    assertThat(refusal("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip\r\n\r\n", "gzip"))
        .as("only chunked is understood: 501")
        .isEqualTo(Reason.UNSUPPORTED_TRANSFER_ENCODING);
    assertThat(
            refusal(
                "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip, chunked\r\n\r\n", "list"))
        .isEqualTo(Reason.UNSUPPORTED_TRANSFER_ENCODING);
    String chunked = "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n";
    assertThat(refusal(chunked + "g\r\n", "size g")).isEqualTo(Reason.BAD_CHUNK);
    assertThat(refusal(chunked + "\r\n", "empty size")).isEqualTo(Reason.BAD_CHUNK);
    assertThat(refusal(chunked + "2\r\nabc\r\n", "data longer than size"))
        .as("after 2 octets of data must come CRLF, not 'c'")
        .isEqualTo(Reason.BAD_CHUNK);
    assertThat(refusal(chunked + "1".repeat(1030), "endless size line"))
        .as("a chunk-size line over 1024 octets is refused before it ends")
        .isEqualTo(Reason.BAD_CHUNK);
  }

  @Test
  @DisplayName("a request line of exactly the limit is accepted, one octet more is 414")
  void requestLineLimit() {
    Limits limits = new Limits(20, 100, 100);
    String line20 = "GET /" + "a".repeat(6) + " HTTP/1.1";
    assertThat(line20).hasSize(20);
    assertThat(new HttpRequestParser(limits).feed(bytes(line20 + "\r\nHost: a\r\n\r\n")))
        .as("a request line of exactly maxRequestLine (20) octets is allowed")
        .hasSize(1);
    String line21 = "GET /" + "a".repeat(7) + " HTTP/1.1";
    assertThat(refusal(limits, line21 + "\r\nHost: a\r\n\r\n", "21-octet request line"))
        .as("21 octets is one over the limit of 20: 414 URI Too Long")
        .isEqualTo(Reason.URI_TOO_LONG);
  }

  @Test
  @DisplayName("an endless request line is refused as soon as it passes the limit")
  void endlessRequestLine() {
    Limits limits = new Limits(20, 100, 100);
    HttpRequestParser parser = new HttpRequestParser(limits);
    assertThat(parser.feed(bytes("GET /" + "a".repeat(15) + "\r")))
        .as("20 octets and a CR: the line may still end right here, so wait")
        .isEmpty();
    HttpRequestParser other = new HttpRequestParser(limits);
    other.feed(bytes("GET /" + "a".repeat(15)));
    assertThatThrownBy(() -> other.feed(bytes("a")))
        .as(
            "21 octets and no CRLF: the line is already over the limit, refuse now instead of"
                + " buffering a line that may never end")
        .isInstanceOf(BadRequestException.class)
        .extracting(e -> ((BadRequestException) e).status())
        .isEqualTo(414);
  }

  @Test
  @DisplayName("header lines of exactly the limit are accepted, one octet more is 431")
  void headerLimit() {
    Limits limits = new Limits(100, 20, 100);
    // "Host: a\r\n" is 9 octets, "X: 123456789\r\n" 14: 23 in all. With "X: 12345678", 22.
    String exact = "GET / HTTP/1.1\r\nHost: a\r\nX: 12\r\n\r\n"; // 9 + 7 = 16
    assertThat(new HttpRequestParser(limits).feed(bytes(exact))).hasSize(1);
    String twenty = "GET / HTTP/1.1\r\nHost: a\r\nX: 123456\r\n\r\n"; // 9 + 11 = 20
    assertThat(new HttpRequestParser(limits).feed(bytes(twenty)))
        .as("header lines of 20 octets with their CRLFs, the limit, are allowed")
        .hasSize(1);
    String over = "GET / HTTP/1.1\r\nHost: a\r\nX: 1234567\r\n\r\n"; // 9 + 12 = 21
    assertThat(refusal(limits, over, "21 octets of header lines"))
        .as("21 octets of header lines (CRLFs counted, the final empty line not) is over 20: 431")
        .isEqualTo(Reason.HEADERS_TOO_LARGE);
    HttpRequestParser endless = new HttpRequestParser(limits);
    Throwable thrown =
        catchThrowable(
            () -> {
              endless.feed(bytes("GET / HTTP/1.1\r\nHost: a\r\n"));
              for (int i = 0; i < 100; i++) {
                endless.feed(bytes("X"));
              }
            });
    assertThat(thrown)
        .as("a header line that never ends is refused once it cannot fit, not buffered forever")
        .isInstanceOf(BadRequestException.class);
    assertThat(((BadRequestException) thrown).status()).isEqualTo(431);
  }

  @Test
  @DisplayName("the empty line that ends the headers may arrive on its own, even octet by octet")
  void emptyLineOnItsOwn() {
    Limits limits = new Limits(100, 20, 100);
    String twenty = "GET / HTTP/1.1\r\nHost: a\r\nX: 123456\r\n"; // 9 + 11 = 20, the limit
    HttpRequestParser parser = new HttpRequestParser(limits);
    assertThat(parser.feed(bytes(twenty))).isEmpty();
    assertThat(parser.feed(bytes("\r"))).as("a lone CR may still become the empty line").isEmpty();
    assertThat(parser.feed(bytes("\n")))
        .as(
            "header lines of exactly 20 octets, then the empty line in two pieces (CR, then LF):"
                + " one request. The empty line does not count towards maxHeaderSection however it"
                + " arrives: look at the octets still unread (end - start), not at the buffer")
        .hasSize(1);
    // The request line and headers fed first, and the empty line as a feed of its own, at every
    // length of a header value: wherever the buffer happens to stand when the CRLF comes.
    Limits roomy = new Limits(100, 5000, 100);
    for (int n = 0; n < 1200; n++) {
      HttpRequestParser p = new HttpRequestParser(roomy);
      List<HttpRequest> got =
          new ArrayList<>(
              p.feed(bytes("GET / HTTP/1.1\r\nHost: a\r\nX: " + "v".repeat(n) + "\r\n")));
      got.addAll(p.feed(bytes("\r\n")));
      assertThat(got)
          .as("a header value of %d octets, then \"\\r\\n\" in a feed of its own: one request", n)
          .hasSize(1);
    }
  }

  @Test
  @DisplayName("a body over the limit is 413, for Content-Length and for chunks")
  void bodyLimit() {
    Limits limits = new Limits(100, 100, 10);
    assertThat(
            new HttpRequestParser(limits)
                .feed(bytes("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 10\r\n\r\n0123456789")))
        .as("a body of exactly maxBody octets is allowed")
        .hasSize(1);
    assertThat(refusal(limits, "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 11\r\n\r\n", "11"))
        .isEqualTo(Reason.CONTENT_TOO_LARGE);
    assertThat(
            refusal(
                limits,
                "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 99999999999999999999999\r\n\r\n",
                "huge Content-Length"))
        .as("a Content-Length too big for a long is too large, not a NumberFormatException")
        .isEqualTo(Reason.CONTENT_TOO_LARGE);
    String chunked = "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n";
    assertThat(
            new HttpRequestParser(limits)
                .feed(bytes(chunked + "5\r\n01234\r\n5\r\n56789\r\n0\r\n\r\n")))
        .as("two chunks of 5 make 10 octets: allowed")
        .hasSize(1);
    assertThat(refusal(limits, chunked + "5\r\n01234\r\n6\r\n", "chunks over the limit"))
        .as("chunks of 5 and 6 are 11 octets: 413 as soon as the second size is read")
        .isEqualTo(Reason.CONTENT_TOO_LARGE);
    assertThat(refusal(limits, chunked + "fffffffffffffffffff\r\n", "huge chunk"))
        .isEqualTo(Reason.CONTENT_TOO_LARGE);
  }

  @Test
  @DisplayName("after a refusal the parser refuses to go on")
  void deadAfterRefusal() {
    HttpRequestParser parser = new HttpRequestParser(Limits.defaults());
    assertThatThrownBy(() -> parser.feed(bytes("BAD\r\n"))).isInstanceOf(BadRequestException.class);
    assertThatThrownBy(() -> parser.feed(bytes("GET / HTTP/1.1\r\nHost: a\r\n\r\n")))
        .as("the stream is out of step after a bad request: IllegalStateException")
        .isInstanceOf(IllegalStateException.class);
  }

  // ---------------------------------------------------------------- the split property

  /** A request and its serialisation. */
  static final class Sample {
    final HttpRequest request;
    final byte[] octets;

    Sample(HttpRequest request, byte[] octets) {
      this.request = request;
      this.octets = octets;
    }

    @Override
    public String toString() {
      return printable(new String(octets, StandardCharsets.ISO_8859_1));
    }
  }

  @Provide
  Arbitrary<Sample> samples() {
    Arbitrary<String> method = Arbitraries.of("GET", "POST", "PUT", "DELETE", "PATCH", "M-SEARCH");
    Arbitrary<String> target =
        Arbitraries.strings().withChars("abcXYZ019/?=&%-._~").ofMaxLength(20).map(t -> "/" + t);
    Arbitrary<String> name =
        Arbitraries.strings().withChars("abcdefxyzABCXYZ-_0").ofMinLength(1).ofMaxLength(10);
    Arbitrary<String> value =
        Arbitraries.strings()
            .withChars("abc XYZ,;=/\"\t\u00e9")
            .ofMaxLength(15)
            .map(String::strip)
            .filter(v -> v.equals(v.strip()) && !v.startsWith("\t") && !v.endsWith("\t"));
    Arbitrary<List<Field>> extra =
        Combinators.combine(name, value)
            .as(Field::new)
            .filter(
                f ->
                    !f.name().equalsIgnoreCase("host")
                        && !f.name().equalsIgnoreCase("content-length")
                        && !f.name().equalsIgnoreCase("transfer-encoding"))
            .list()
            .ofMaxSize(4);
    Arbitrary<byte[]> body = Arbitraries.bytes().array(byte[].class).ofMaxSize(40);
    return Combinators.combine(
            method, target, extra, body, Arbitraries.integers().between(0, 2), Arbitraries.longs())
        .as(HttpRequestParserTest::sample);
  }

  private static Sample sample(
      String method, String target, List<Field> extra, byte[] body, int framing, long seed) {
    Random random = new Random(seed);
    List<Field> headers = new ArrayList<>();
    headers.add(new Field(random.nextBoolean() ? "Host" : "hOST", "example.com"));
    headers.addAll(extra);
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    if (framing == 1) {
      headers.add(
          new Field(random.nextBoolean() ? "Content-Length" : "content-length", "" + body.length));
      content.writeBytes(body);
    } else if (framing == 2) {
      headers.add(
          new Field(random.nextBoolean() ? "Transfer-Encoding" : "transfer-ENCODING", "chunked"));
      int at = 0;
      while (at < body.length) {
        int size = 1 + random.nextInt(Math.min(20, body.length - at));
        String hex = Integer.toHexString(size);
        content.writeBytes(
            bytes(
                (random.nextBoolean() ? hex.toUpperCase() : hex)
                    + (random.nextBoolean() ? ";x=y" : "")
                    + "\r\n"));
        content.write(body, at, size);
        content.writeBytes(bytes("\r\n"));
        at += size;
      }
      content.writeBytes(
          bytes("0\r\n" + (random.nextBoolean() ? "Trailer-X: t\r\n" : "") + "\r\n"));
    } else {
      body = new byte[0];
    }
    StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
    for (Field f : headers) {
      head.append(f.name()).append(':').append(random.nextBoolean() ? " " : "").append(f.value());
      head.append(random.nextBoolean() ? "" : " ").append("\r\n");
    }
    head.append("\r\n");
    ByteArrayOutputStream octets = new ByteArrayOutputStream();
    octets.writeBytes(bytes(head.toString()));
    octets.writeBytes(content.toByteArray());
    return new Sample(
        new HttpRequest(method, target, "HTTP/1.1", headers, body), octets.toByteArray());
  }

  @Property(tries = 150)
  @Label("a request split in two at every position parses to the same request")
  void everySplitParsesAlike(@ForAll("samples") Sample sample) {
    byte[] octets = sample.octets;
    for (int split = 0; split <= octets.length; split++) {
      HttpRequestParser parser = new HttpRequestParser(Limits.defaults());
      List<HttpRequest> out = new ArrayList<>(parser.feed(Arrays.copyOfRange(octets, 0, split)));
      out.addAll(parser.feed(Arrays.copyOfRange(octets, split, octets.length)));
      assertThat(out)
          .as(
              "%s fed in two pieces split at %d must give exactly the request %s: keep what you"
                  + " cannot use yet and continue from there on the next feed",
              sample, split, sample.request)
          .containsExactly(sample.request);
    }
  }

  @Property(tries = 150)
  @Label("two pipelined requests fed octet by octet come out one after the other")
  void octetByOctet(@ForAll("samples") Sample first, @ForAll("samples") Sample second) {
    HttpRequestParser parser = new HttpRequestParser(Limits.defaults());
    List<HttpRequest> out = new ArrayList<>();
    for (byte[] octets : List.of(first.octets, second.octets)) {
      for (byte b : octets) {
        out.addAll(parser.feed(new byte[] {b}));
      }
    }
    assertThat(out)
        .as("%s then %s, one octet per feed", first, second)
        .containsExactly(first.request, second.request);
  }
}
