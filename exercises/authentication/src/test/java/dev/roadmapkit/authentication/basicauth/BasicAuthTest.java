package dev.roadmapkit.authentication.basicauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Label("authentication/basic-auth: BasicAuth")
class BasicAuthTest {

  private static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  private static String base64(String text) {
    return base64(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  @DisplayName("encodes the RFC 7617 example: Aladdin with 'open sesame'")
  void encodesRfcExample() {
    assertThat(BasicAuth.header(new Credentials("Aladdin", "open sesame")))
        .as(
            "RFC 7617 section 2 gives 'Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==' for Aladdin / open"
                + " sesame: the scheme, one space, then base64 of \"Aladdin:open sesame\"")
        .isEqualTo("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==");
  }

  @Test
  @DisplayName("encodes the RFC 7617 UTF-8 example: test with '123£'")
  void encodesUtf8Example() {
    assertThat(BasicAuth.header(new Credentials("test", "123£")))
        .as(
            "RFC 7617 section 2.1 gives 'Basic dGVzdDoxMjPCow==' for test / 123£ in UTF-8: the"
                + " pound sign is the two bytes C2 A3. Encode with getBytes(UTF_8), never the"
                + " platform default")
        .isEqualTo("Basic dGVzdDoxMjPCow==");
  }

  @Test
  @DisplayName("parses both RFC 7617 examples back into their credentials")
  void parsesRfcExamples() {
    assertThat(BasicAuth.parse("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=="))
        .as("the RFC 7617 example header carries user-id Aladdin and password 'open sesame'")
        .isEqualTo(new ParseResult.Parsed(new Credentials("Aladdin", "open sesame")));
    assertThat(BasicAuth.parse("Basic dGVzdDoxMjPCow=="))
        .as("the RFC 7617 UTF-8 example decodes, as UTF-8, to user-id test and password 123£")
        .isEqualTo(new ParseResult.Parsed(new Credentials("test", "123£")));
  }

  @Test
  @DisplayName("splits at the first colon, so a password may contain colons")
  void passwordsMayContainColons() {
    assertThat(BasicAuth.parse("Basic " + base64("alice:pa:ss:")))
        .as(
            "\"alice:pa:ss:\" is user-id alice and password \"pa:ss:\": a user-id cannot contain a"
                + " colon but a password can (RFC 7617 section 2), so split at indexOf(':'), not"
                + " with split(\":\")")
        .isEqualTo(new ParseResult.Parsed(new Credentials("alice", "pa:ss:")));
    assertThat(BasicAuth.parse("Basic " + base64("bob:")))
        .as("\"bob:\" is user-id bob with an empty password, which is allowed")
        .isEqualTo(new ParseResult.Parsed(new Credentials("bob", "")));
  }

  @ParameterizedTest(name = "\"{0}\" is accepted")
  @CsvSource(
      delimiter = '|',
      value = {
        "basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==",
        "BASIC QWxhZGRpbjpvcGVuIHNlc2FtZQ==",
        "Basic   QWxhZGRpbjpvcGVuIHNlc2FtZQ=="
      })
  @DisplayName("the scheme name is case-insensitive and may be followed by several spaces")
  void schemeIsCaseInsensitive(String header) {
    assertThat(BasicAuth.parse(header))
        .as(
            "HTTP auth-scheme names are case-insensitive (RFC 9110 section 11.1): compare with"
                + " regionMatches(true, ...), and skip the spaces before the credentials")
        .isEqualTo(new ParseResult.Parsed(new Credentials("Aladdin", "open sesame")));
  }

  @ParameterizedTest(name = "[{index}] {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      value = {
        "NULL|MISSING|no header at all",
        "''|MISSING|an empty header",
        "'   '|MISSING|a blank header",
        "Bearer abc.def|NOT_BASIC|another scheme",
        "Basic|NOT_BASIC|the scheme without credentials",
        "BasicQWxhZGRpbjpvcGVuIHNlc2FtZQ==|NOT_BASIC|no space after the scheme",
        "Basics QWxhZGRpbjpvcGVuIHNlc2FtZQ==|NOT_BASIC|a scheme that only starts with Basic",
        "Basic !!!|BAD_BASE64|characters outside base64",
        "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=x|BAD_BASE64|padding in the middle",
        "Basic bm9jb2xvbg==|NO_COLON|'nocolon' has no colon",
      })
  @DisplayName("a missing or malformed header gets a typed reason, never an exception")
  void malformedHeaders(String header, Rejection reason, String what) {
    assertThat(BasicAuth.parse(header))
        .as(
            "parse(%s), %s: must return Malformed(%s). Bad input from the network is a normal"
                + " case, not an exception: catch what Base64 throws and return the reason",
            header == null ? "null" : "\"" + header + "\"", what, reason)
        .isEqualTo(new ParseResult.Malformed(reason));
  }

  @Test
  @DisplayName("bytes that are not UTF-8 are refused, not silently replaced")
  void invalidUtf8() {
    byte[] notUtf8 = {'b', 'o', 'b', ':', (byte) 0xC3, (byte) 0x28};
    assertThat(BasicAuth.parse("Basic " + base64(notUtf8)))
        .as(
            "C3 28 is not valid UTF-8. new String(bytes, UTF_8) would quietly turn it into U+FFFD,"
                + " so two different byte strings could become the same password. Decode with"
                + " UTF_8.newDecoder() (which reports malformed input) and return NOT_UTF8")
        .isEqualTo(new ParseResult.Malformed(Rejection.NOT_UTF8));
  }

  @Provide
  Arbitrary<String> userIds() {
    return Arbitraries.strings()
        .withCharRange(' ', '\u07ff')
        .withChars("漢€")
        .ofMaxLength(20)
        .filter(s -> s.indexOf(':') < 0);
  }

  @Provide
  Arbitrary<String> passwords() {
    return Arbitraries.strings().withCharRange(' ', '\u07ff').withChars("漢€:").ofMaxLength(30);
  }

  @Property(tries = 300)
  @Label("any user-id and password survive header() followed by parse()")
  void roundTrip(@ForAll("userIds") String userId, @ForAll("passwords") String password) {
    Credentials credentials = new Credentials(userId, password);
    assertThat(BasicAuth.parse(BasicAuth.header(credentials)))
        .as("parse(header(%s / %s)) must give the same credentials back", userId, password)
        .isEqualTo(new ParseResult.Parsed(credentials));
  }

  @Property(tries = 500)
  @Label("parse() never throws, whatever the header")
  void neverThrows(@ForAll("headers") String header) {
    assertThat(BasicAuth.parse(header))
        .as("parse(\"%s\") must return a result, not throw or return null", header)
        .isNotNull();
  }

  @Provide
  Arbitrary<String> headers() {
    Arbitrary<String> anything = Arbitraries.strings().all().ofMaxLength(40);
    Arbitrary<String> base64ish =
        Arbitraries.strings().withChars("ABCxyz019+/=!:é ").ofMaxLength(24);
    return Arbitraries.oneOf(
        anything, base64ish.map(s -> "Basic " + s), anything.map(s -> "Basic " + base64(s)));
  }
}
