package dev.roadmapkit.internet.httprequestparser;

import java.util.Objects;

/** Given: a request refused by the parser, with the status to answer and the reason. */
public final class BadRequestException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why the request was refused, and the status code that says so (RFC 9110 section 15). */
  public enum Reason {
    /** The request line is not {@code method SP request-target SP HTTP-version}. */
    BAD_REQUEST_LINE(400),
    /** The version is not {@code HTTP/1.1} or {@code HTTP/1.0}. */
    BAD_VERSION(400),
    /** An LF not preceded by CR. */
    BAD_LINE_ENDING(400),
    /** A header line that is not {@code field-name ":" OWS field-value OWS}. */
    BAD_HEADER(400),
    /** Whitespace between the field name and the colon (RFC 9112 section 5.1: must be 400). */
    WHITESPACE_BEFORE_COLON(400),
    /** A header line starting with a space or tab: obsolete line folding (RFC 9112 5.2). */
    OBS_FOLD(400),
    /** An HTTP/1.1 request without exactly one Host field (RFC 9112 section 3.2). */
    MISSING_HOST(400),
    /** Content-Length is not a decimal number, or is sent twice. */
    BAD_CONTENT_LENGTH(400),
    /** Both Content-Length and Transfer-Encoding: a request smuggling attempt (RFC 9112 6.1). */
    CONTENT_LENGTH_AND_TRANSFER_ENCODING(400),
    /** A chunk whose size line or ending is malformed. */
    BAD_CHUNK(400),
    /** The request line is longer than the limit. */
    URI_TOO_LONG(414),
    /** The header section is larger than the limit. */
    HEADERS_TOO_LARGE(431),
    /** The body is larger than the limit. */
    CONTENT_TOO_LARGE(413),
    /** A Transfer-Encoding other than {@code chunked}. */
    UNSUPPORTED_TRANSFER_ENCODING(501);

    private final int status;

    Reason(int status) {
      this.status = status;
    }

    /** The status code of the response that refuses the request. */
    public int status() {
      return status;
    }
  }

  private final Reason reason;

  /** A refusal for {@code reason}, with a message that says what was wrong. */
  public BadRequestException(Reason reason, String message) {
    super(Objects.requireNonNull(reason, "reason") + " (" + reason.status() + "): " + message);
    this.reason = reason;
  }

  /** Why the request was refused. */
  public Reason reason() {
    return reason;
  }

  /** The status code to answer with: 400, 413, 414, 431 or 501. */
  public int status() {
    return reason.status();
  }
}
