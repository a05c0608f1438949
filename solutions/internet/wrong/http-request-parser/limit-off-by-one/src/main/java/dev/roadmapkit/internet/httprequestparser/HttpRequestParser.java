package dev.roadmapkit.internet.httprequestparser;

import dev.roadmapkit.internet.httprequestparser.BadRequestException.Reason;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reference solution of {@code internet/http-request-parser}.
 *
 * <p>Key idea: a state machine over a buffer of unread octets. Each step either consumes a whole
 * element (a line, a run of body octets) or says it needs more, so the split of the input never
 * matters. A line that has no end yet is measured against its limit already, so a client that never
 * sends CRLF is refused at once instead of filling memory. Trade-off: the whole body is buffered,
 * which a streaming server would not do.
 */
public final class HttpRequestParser {

  private static final int MAX_CHUNK_LINE = 1024;

  private enum State {
    REQUEST_LINE,
    HEADERS,
    FIXED_BODY,
    CHUNK_SIZE,
    CHUNK_DATA,
    CHUNK_END,
    TRAILERS
  }

  private final Limits limits;
  private byte[] buffer = new byte[256];
  private int start;
  private int end;

  private State state = State.REQUEST_LINE;
  private boolean failed;
  private String method;
  private String target;
  private String version;
  private List<HttpRequest.Field> headers;
  private int headerBytes;
  private ByteArrayOutputStream body;
  private long remaining;

  /** A parser that refuses what exceeds {@code limits}. */
  public HttpRequestParser(Limits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /** Feeds the next octets of the connection; returns the requests they complete, in order. */
  public List<HttpRequest> feed(byte[] octets) {
    if (failed) {
      throw new IllegalStateException(
          "the parser refused an earlier request: close the connection");
    }
    append(octets);
    List<HttpRequest> complete = new ArrayList<>();
    try {
      HttpRequest request;
      while ((request = step()) != null || progressed) {
        if (request != null) {
          complete.add(request);
        }
      }
    } catch (BadRequestException refused) {
      failed = true;
      throw refused;
    }
    return complete;
  }

  private boolean progressed;

  /** One step of the machine: a request when one completes; sets progressed when it moved. */
  private HttpRequest step() {
    progressed = false;
    switch (state) {
      case REQUEST_LINE:
        {
          String line = readLine(limits.maxRequestLine(), Reason.URI_TOO_LONG, 0);
          if (line == null) {
            return null;
          }
          progressed = true;
          if (!line.isEmpty()) {
            requestLine(line);
            state = State.HEADERS;
          }
          return null;
        }
      case HEADERS:
        {
          String line = headerLine();
          if (line == null) {
            return null;
          }
          progressed = true;
          if (!line.isEmpty()) {
            headers.add(field(line));
            return null;
          }
          return endOfHeaders();
        }
      case FIXED_BODY:
        {
          if (remaining > 0 && !takeBody()) {
            return null;
          }
          progressed = true;
          return complete();
        }
      case CHUNK_SIZE:
        {
          String line = readLine(MAX_CHUNK_LINE, Reason.BAD_CHUNK, 0);
          if (line == null) {
            return null;
          }
          progressed = true;
          remaining = chunkSize(line);
          state = remaining == 0 ? State.TRAILERS : State.CHUNK_DATA;
          return null;
        }
      case CHUNK_DATA:
        {
          if (!takeBody()) {
            return null;
          }
          progressed = true;
          state = State.CHUNK_END;
          return null;
        }
      case CHUNK_END:
        {
          if (end - start < 2) {
            return null;
          }
          if (buffer[start] != '\r' || buffer[start + 1] != '\n') {
            throw new BadRequestException(Reason.BAD_CHUNK, "chunk data not followed by CRLF");
          }
          start += 2;
          progressed = true;
          state = State.CHUNK_SIZE;
          return null;
        }
      case TRAILERS:
        {
          String line = headerLine();
          if (line == null) {
            return null;
          }
          progressed = true;
          if (!line.isEmpty()) {
            field(line); // checked like a header, then dropped
            return null;
          }
          return complete();
        }
      default:
        throw new AssertionError(state);
    }
  }

  private void append(byte[] octets) {
    if (end + octets.length > buffer.length) {
      int live = end - start;
      byte[] bigger = new byte[Math.max(buffer.length, 2 * (live + octets.length))];
      System.arraycopy(buffer, start, bigger, 0, live);
      buffer = bigger;
      start = 0;
      end = live;
    }
    System.arraycopy(octets, 0, buffer, end, octets.length);
    end += octets.length;
  }

  /**
   * The next line without its CRLF, or null when its LF has not arrived. {@code extra} is what the
   * line costs beyond its length when measured against {@code limit}.
   */
  private String readLine(int limit, Reason tooLong, int extra) {
    for (int i = start; i < end; i++) {
      if (buffer[i] == '\n') {
        if (i == start || buffer[i - 1] != '\r') {
          throw new BadRequestException(Reason.BAD_LINE_ENDING, "LF without CR");
        }
        int length = i - 1 - start;
        if (length + extra >= limit) {
          throw new BadRequestException(tooLong, (length + extra) + " octets, limit " + limit);
        }
        String line = new String(buffer, start, length, StandardCharsets.ISO_8859_1);
        start = i + 1;
        return line;
      }
    }
    // No LF yet: refuse now if even the shortest possible ending is over the limit.
    int available = end - start;
    int shortest = available > 0 && buffer[end - 1] == '\r' ? available - 1 : available;
    if (shortest + extra > limit) {
      throw new BadRequestException(tooLong, "over " + limit + " octets and no end of line yet");
    }
    return null;
  }

  private String headerLine() {
    int available = end - start;
    boolean maybeEmptyLine = available == 0 || (available == 1 && buffer[start] == '\r');
    if (maybeEmptyLine || (available >= 2 && buffer[start] == '\r' && buffer[start + 1] == '\n')) {
      // The empty line that ends the section does not count towards its size.
      return readLine(Integer.MAX_VALUE, Reason.HEADERS_TOO_LARGE, 0);
    }
    int budget = limits.maxHeaderSection() - headerBytes;
    String line = readLine(budget, Reason.HEADERS_TOO_LARGE, 2);
    if (line != null) {
      headerBytes += line.length() + 2;
    }
    return line;
  }

  private void requestLine(String line) {
    String[] parts = line.split(" ", -1);
    if (parts.length != 3 || !isToken(parts[0]) || !isTarget(parts[1])) {
      throw new BadRequestException(Reason.BAD_REQUEST_LINE, "\"" + line + "\"");
    }
    if (!parts[2].matches("HTTP/[0-9]\\.[0-9]")) {
      throw new BadRequestException(Reason.BAD_REQUEST_LINE, "no HTTP version: \"" + line + "\"");
    }
    if (!parts[2].equals("HTTP/1.1") && !parts[2].equals("HTTP/1.0")) {
      throw new BadRequestException(Reason.BAD_VERSION, parts[2]);
    }
    method = parts[0];
    target = parts[1];
    version = parts[2];
    headers = new ArrayList<>();
    headerBytes = 0;
    body = new ByteArrayOutputStream();
  }

  private static HttpRequest.Field field(String line) {
    char first = line.charAt(0);
    if (first == ' ' || first == '\t') {
      throw new BadRequestException(Reason.OBS_FOLD, "\"" + line + "\"");
    }
    int colon = line.indexOf(':');
    if (colon < 0) {
      throw new BadRequestException(Reason.BAD_HEADER, "no colon: \"" + line + "\"");
    }
    String name = line.substring(0, colon);
    char last = name.isEmpty() ? 'x' : name.charAt(name.length() - 1);
    if (last == ' ' || last == '\t') {
      throw new BadRequestException(Reason.WHITESPACE_BEFORE_COLON, "\"" + line + "\"");
    }
    if (!isToken(name)) {
      throw new BadRequestException(Reason.BAD_HEADER, "bad field name: \"" + line + "\"");
    }
    String value = line.substring(colon + 1);
    int from = 0;
    int to = value.length();
    while (from < to && isOws(value.charAt(from))) {
      from++;
    }
    while (to > from && isOws(value.charAt(to - 1))) {
      to--;
    }
    value = value.substring(from, to);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!(c == '\t' || c == ' ' || (c >= 0x21 && c != 0x7F))) {
        throw new BadRequestException(Reason.BAD_HEADER, "control character in \"" + line + "\"");
      }
    }
    return new HttpRequest.Field(name, value);
  }

  private HttpRequest endOfHeaders() {
    List<String> hosts = values("Host");
    if (version.equals("HTTP/1.1") && hosts.size() != 1) {
      throw new BadRequestException(Reason.MISSING_HOST, hosts.size() + " Host fields");
    }
    List<String> encodings = values("Transfer-Encoding");
    List<String> lengths = values("Content-Length");
    if (!encodings.isEmpty() && !lengths.isEmpty()) {
      throw new BadRequestException(
          Reason.CONTENT_LENGTH_AND_TRANSFER_ENCODING, "both are present: refuse, never guess");
    }
    if (!encodings.isEmpty()) {
      if (encodings.size() != 1 || !encodings.get(0).equalsIgnoreCase("chunked")) {
        throw new BadRequestException(Reason.UNSUPPORTED_TRANSFER_ENCODING, encodings.toString());
      }
      state = State.CHUNK_SIZE;
      return null;
    }
    if (!lengths.isEmpty()) {
      String length = lengths.get(0);
      if (lengths.size() != 1 || length.isEmpty() || !length.chars().allMatch(Character::isDigit)) {
        throw new BadRequestException(Reason.BAD_CONTENT_LENGTH, lengths.toString());
      }
      if (length.length() > 18 || Long.parseLong(length) > limits.maxBody()) {
        throw new BadRequestException(Reason.CONTENT_TOO_LARGE, length + " octets");
      }
      remaining = Long.parseLong(length);
      state = State.FIXED_BODY;
      return null;
    }
    return complete();
  }

  private List<String> values(String name) {
    List<String> values = new ArrayList<>();
    for (HttpRequest.Field field : headers) {
      if (field.name().equalsIgnoreCase(name)) {
        values.add(field.value());
      }
    }
    return values;
  }

  private long chunkSize(String line) {
    int semicolon = line.indexOf(';');
    String size = semicolon < 0 ? line : line.substring(0, semicolon);
    if (size.isEmpty() || !size.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
      throw new BadRequestException(Reason.BAD_CHUNK, "chunk size \"" + line + "\"");
    }
    if (size.length() > 15 || body.size() + Long.parseLong(size, 16) > limits.maxBody()) {
      throw new BadRequestException(Reason.CONTENT_TOO_LARGE, "chunk of 0x" + size + " octets");
    }
    return Long.parseLong(size, 16);
  }

  /** Moves body octets from the buffer; true when the current run is complete. */
  private boolean takeBody() {
    int count = (int) Math.min(remaining, end - start);
    body.write(buffer, start, count);
    start += count;
    remaining -= count;
    return remaining == 0;
  }

  private HttpRequest complete() {
    HttpRequest request = new HttpRequest(method, target, version, headers, body.toByteArray());
    state = State.REQUEST_LINE;
    return request;
  }

  private static boolean isOws(char c) {
    return c == ' ' || c == '\t';
  }

  private static boolean isToken(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (!alnum && "!#$%&'*+-.^_`|~".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean isTarget(String s) {
    return !s.isEmpty() && s.chars().allMatch(c -> c > 0x20 && c < 0x7F);
  }
}
