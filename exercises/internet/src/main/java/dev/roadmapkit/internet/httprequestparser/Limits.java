package dev.roadmapkit.internet.httprequestparser;

/**
 * Given: how much the parser accepts before it refuses a request.
 *
 * @param maxRequestLine octets of the request line, without its CRLF; more is 414
 * @param maxHeaderSection octets of the header field lines, each with its CRLF, without the request
 *     line and the empty line that ends the section; more is 431
 * @param maxBody octets of the body; more is 413
 */
public record Limits(int maxRequestLine, int maxHeaderSection, int maxBody) {

  /** Checks that every limit is positive. */
  public Limits {
    if (maxRequestLine < 1 || maxHeaderSection < 1 || maxBody < 0) {
      throw new IllegalArgumentException(
          "limits must be positive: " + maxRequestLine + ", " + maxHeaderSection + ", " + maxBody);
    }
  }

  /** 8000 octets of request line, 16384 of headers, 1 MiB of body. */
  public static Limits defaults() {
    return new Limits(8000, 16384, 1 << 20);
  }
}
