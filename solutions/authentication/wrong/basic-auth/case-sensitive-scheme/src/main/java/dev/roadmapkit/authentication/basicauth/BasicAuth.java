package dev.roadmapkit.authentication.basicauth;

// Key idea: the header is "Basic" SP base64(UTF-8(user-id ":" password)); split at the FIRST
// colon, because the user-id cannot hold one and the password can. Decode strictly (a
// CharsetDecoder that reports malformed input, not String's silent replacement) so that garbage
// is a typed rejection instead of a password full of U+FFFD that might even match.

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Exercise {@code authentication/basic-auth}: the RFC 7617 {@code Basic} header codec. */
public final class BasicAuth {

  private static final String SCHEME = "Basic";

  private BasicAuth() {}

  /**
   * The {@code Authorization} header value for these credentials: {@code "Basic "} followed by the
   * base64 of the UTF-8 bytes of {@code userId + ":" + password}.
   */
  public static String header(Credentials credentials) {
    String pair = credentials.userId() + ":" + credentials.password();
    return SCHEME + " " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Parses an {@code Authorization} header value. The scheme name is case-insensitive; one or more
   * spaces separate it from the credentials. Never throws: {@code null}, blank and malformed values
   * give a {@link ParseResult.Malformed} with the reason.
   */
  public static ParseResult parse(String authorization) {
    if (authorization == null || authorization.isBlank()) {
      return new ParseResult.Malformed(Rejection.MISSING);
    }
    String value = authorization.strip();
    int space = value.indexOf(' ');
    if (space != SCHEME.length() || !value.regionMatches(0, SCHEME, 0, space)) {
      return new ParseResult.Malformed(Rejection.NOT_BASIC);
    }
    byte[] decoded;
    try {
      decoded = Base64.getDecoder().decode(value.substring(space).strip());
    } catch (IllegalArgumentException e) {
      return new ParseResult.Malformed(Rejection.BAD_BASE64);
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(decoded))
              .toString();
    } catch (CharacterCodingException e) {
      return new ParseResult.Malformed(Rejection.NOT_UTF8);
    }
    int colon = text.indexOf(':');
    if (colon < 0) {
      return new ParseResult.Malformed(Rejection.NO_COLON);
    }
    return new ParseResult.Parsed(
        new Credentials(text.substring(0, colon), text.substring(colon + 1)));
  }
}
