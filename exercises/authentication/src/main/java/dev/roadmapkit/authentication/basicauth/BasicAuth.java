package dev.roadmapkit.authentication.basicauth;

/**
 * Exercise {@code authentication/basic-auth}, part 1: the RFC 7617 {@code Basic} header codec.
 *
 * <p>The header value is the scheme name {@code Basic}, a space, and the base64 encoding of the
 * UTF-8 bytes of {@code user-id ":" password}. The user-id cannot contain a colon; the password
 * can, so a header is split at its <em>first</em> colon.
 *
 * <p>Parsing is done on input from the network, so it never throws: a missing or malformed header
 * is a {@link ParseResult.Malformed} with a {@link Rejection} that says what was wrong.
 */
public final class BasicAuth {

  private BasicAuth() {}

  /**
   * The {@code Authorization} header value for these credentials: {@code "Basic "} followed by the
   * base64 of the UTF-8 bytes of {@code userId + ":" + password}.
   */
  public static String header(Credentials credentials) {
    throw new UnsupportedOperationException(
        "TODO authentication/basic-auth: return \"Basic \" + base64 of the UTF-8 bytes of"
            + " userId:password");
  }

  /**
   * Parses an {@code Authorization} header value. The scheme name is case-insensitive; one or more
   * spaces separate it from the credentials. Never throws: {@code null} or blank gives {@link
   * Rejection#MISSING}; another scheme {@link Rejection#NOT_BASIC}; invalid base64 {@link
   * Rejection#BAD_BASE64}; bytes that are not UTF-8 {@link Rejection#NOT_UTF8}; no colon {@link
   * Rejection#NO_COLON}.
   */
  public static ParseResult parse(String authorization) {
    throw new UnsupportedOperationException(
        "TODO authentication/basic-auth: check the scheme, decode base64 and then UTF-8 strictly,"
            + " split at the first colon; return Malformed(reason) for every problem");
  }
}
