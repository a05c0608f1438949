package dev.roadmapkit.internet.httprequestparser;

import java.util.List;
import java.util.Objects;

/**
 * Exercise {@code internet/http-request-parser}: parse HTTP/1.1 requests (RFC 9112) from octets
 * that arrive in arbitrary pieces.
 *
 * <p>TCP delivers a stream, not messages: one {@code read} may return half a request line, or the
 * end of one request and the start of the next. So the parser is <em>incremental</em>: {@link
 * #feed} takes whatever arrived, keeps what it cannot use yet, and returns the requests that are
 * now complete. However the same octets are split, the same requests come out.
 *
 * <p>A request is a request line {@code method SP request-target SP HTTP-version CRLF}, header
 * field lines {@code field-name ":" OWS field-value OWS CRLF}, an empty line, and a body. Lines end
 * with CRLF; an LF without CR before it is {@code BAD_LINE_ENDING}. Empty lines before a request
 * line are skipped (RFC 9112 section 2.2). The rules, each refused with its {@link
 * BadRequestException.Reason}:
 *
 * <ul>
 *   <li>request line: exactly three parts separated by single spaces; the method a token (letters,
 *       digits and {@code !#$%&'*+-.^_`|~}); the target visible ASCII ({@code 0x21-0x7E}); the
 *       version {@code HTTP/d.d} ({@code BAD_REQUEST_LINE} otherwise), and only {@code HTTP/1.1} or
 *       {@code HTTP/1.0} ({@code BAD_VERSION} otherwise);
 *   <li>header lines: a line starting with a space or tab is obsolete folding ({@code OBS_FOLD});
 *       no colon, an empty name or a name that is not a token is {@code BAD_HEADER}; whitespace
 *       between name and colon is {@code WHITESPACE_BEFORE_COLON}; the value is trimmed of spaces
 *       and tabs, and may hold tabs, spaces and octets {@code 0x21-0x7E} and {@code 0x80-0xFF}
 *       ({@code BAD_HEADER} otherwise). Names compare without regard to case everywhere;
 *   <li>an HTTP/1.1 request must have exactly one {@code Host} field ({@code MISSING_HOST});
 *   <li>body: {@code Transfer-Encoding} and {@code Content-Length} together are refused ({@code
 *       CONTENT_LENGTH_AND_TRANSFER_ENCODING}: a proxy and a server that pick different ones let an
 *       attacker smuggle a request). {@code Transfer-Encoding} must be one field, {@code chunked}
 *       ({@code UNSUPPORTED_TRANSFER_ENCODING} otherwise). {@code Content-Length} must be one field
 *       of decimal digits ({@code BAD_CONTENT_LENGTH}). Neither: no body;
 *   <li>chunked body: chunks of {@code chunk-size [; extensions] CRLF data CRLF}, the size in
 *       <em>hexadecimal</em> ({@code BAD_CHUNK} if it is not, if the line is over 1024 octets, or
 *       if the data is not followed by CRLF), ended by a chunk of size 0, trailer lines (checked
 *       like header lines, then dropped) and an empty line;
 *   <li>limits ({@link Limits}): a request line over {@code maxRequestLine} octets is {@code
 *       URI_TOO_LONG} (414); header lines, each counted with its CRLF, over {@code
 *       maxHeaderSection} in all are {@code HEADERS_TOO_LARGE} (431); a body over {@code maxBody}
 *       is {@code CONTENT_TOO_LARGE} (413). Exactly the limit is allowed. Refuse as soon as the
 *       octets received prove the limit is passed, even before the line has ended: a client that
 *       never sends CRLF must not make you buffer forever.
 * </ul>
 *
 * <p>After a refusal the connection cannot be trusted: every later {@code feed} throws {@code
 * IllegalStateException}.
 */
public final class HttpRequestParser {

  private final Limits limits;

  /** A parser that refuses what exceeds {@code limits}. */
  public HttpRequestParser(Limits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /**
   * Feeds the next octets of the connection.
   *
   * @return the requests these octets complete, in order (none, one, or several when a client
   *     pipelines)
   * @throws BadRequestException when the octets break a rule above
   */
  public List<HttpRequest> feed(byte[] octets) {
    throw new UnsupportedOperationException(
        "TODO internet/http-request-parser: buffer the octets, then run a state machine (request"
            + " line, headers, body) as far as they go");
  }
}
