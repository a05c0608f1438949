package dev.roadmapkit.internet.httpserver;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Given: a deliberately small HTTP/1.1 request reader (the exercise {@code
 * internet/http-request-parser} builds a complete one). It reads a request line, header lines and a
 * Content-Length body from a blocking stream; it knows nothing of chunked bodies.
 */
public final class RequestReader {

  private static final int MAX_LINE = 8192;
  private static final int MAX_HEADERS = 100;
  private static final int MAX_BODY = 1 << 20;

  private RequestReader() {}

  /**
   * Reads the next request from {@code in}.
   *
   * @return the request, or empty when the stream ends before its first octet (the client closed
   *     the connection between requests)
   * @throws MalformedRequestException when what arrives is not a request
   * @throws java.net.SocketTimeoutException when the socket's read timeout passes while waiting
   * @throws IOException when the connection fails
   */
  public static Optional<Request> read(InputStream in)
      throws IOException, MalformedRequestException {
    String requestLine = line(in, true);
    if (requestLine == null) {
      return Optional.empty();
    }
    String[] parts = requestLine.split(" ", -1);
    if (parts.length != 3
        || parts[0].isEmpty()
        || parts[1].isEmpty()
        || !(parts[2].equals("HTTP/1.1") || parts[2].equals("HTTP/1.0"))) {
      throw new MalformedRequestException("bad request line: " + requestLine);
    }
    Map<String, String> headers = new HashMap<>();
    for (int count = 0; ; count++) {
      String line = line(in, false);
      if (line.isEmpty()) {
        break;
      }
      int colon = line.indexOf(':');
      if (colon <= 0 || count >= MAX_HEADERS || line.charAt(colon - 1) == ' ') {
        throw new MalformedRequestException("bad header line: " + line);
      }
      headers.put(
          line.substring(0, colon).toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
    }
    if (headers.containsKey("transfer-encoding")) {
      throw new MalformedRequestException("Transfer-Encoding is not supported here");
    }
    byte[] body = new byte[0];
    String length = headers.get("content-length");
    if (length != null) {
      if (!length.matches("[0-9]{1,7}") || Integer.parseInt(length) > MAX_BODY) {
        throw new MalformedRequestException("bad Content-Length: " + length);
      }
      body = in.readNBytes(Integer.parseInt(length));
      if (body.length < Integer.parseInt(length)) {
        throw new MalformedRequestException("the body ended early");
      }
    }
    return Optional.of(new Request(parts[0], parts[1], parts[2], headers, body));
  }

  /** A line without its CRLF; null at the end of the stream before the first octet of a line. */
  private static String line(InputStream in, boolean endAllowed)
      throws IOException, MalformedRequestException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    while (true) {
      int b = in.read();
      if (b < 0) {
        if (endAllowed && line.size() == 0) {
          return null;
        }
        throw new MalformedRequestException("the connection ended inside a request");
      }
      if (b == '\n') {
        byte[] octets = line.toByteArray();
        if (octets.length == 0 || octets[octets.length - 1] != '\r') {
          throw new MalformedRequestException("a line must end with CRLF");
        }
        return new String(octets, 0, octets.length - 1, StandardCharsets.ISO_8859_1);
      }
      if (line.size() >= MAX_LINE) {
        throw new MalformedRequestException("a line longer than " + MAX_LINE + " octets");
      }
      line.write(b);
    }
  }
}
