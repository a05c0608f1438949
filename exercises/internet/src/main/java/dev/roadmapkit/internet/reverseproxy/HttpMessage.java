package dev.roadmapkit.internet.reverseproxy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Given: an HTTP/1.1 request or response as the proxy passes it on: the start line, the header
 * fields in order (names as sent), and a Content-Length body. Chunked bodies are not supported.
 *
 * @param startLine {@code GET /x HTTP/1.1} or {@code HTTP/1.1 200 OK}
 * @param headers the header fields, each {@code {name, value}}
 * @param body the body
 */
public record HttpMessage(String startLine, List<String[]> headers, byte[] body) {

  /** Copies the headers and the body. */
  public HttpMessage {
    headers = List.copyOf(headers);
    body = body.clone();
  }

  @Override
  public byte[] body() {
    return body.clone();
  }

  /** The first value of the header {@code name}, compared without regard to case. */
  public Optional<String> header(String name) {
    return headers.stream().filter(h -> h[0].equalsIgnoreCase(name)).map(h -> h[1]).findFirst();
  }

  /** Reads one message from {@code in}; an {@code IOException} if the stream ends inside it. */
  public static HttpMessage read(InputStream in) throws IOException {
    String start = line(in);
    List<String[]> headers = new ArrayList<>();
    while (true) {
      String line = line(in);
      if (line.isEmpty()) {
        break;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw new IOException("bad header line: " + line);
      }
      headers.add(new String[] {line.substring(0, colon), line.substring(colon + 1).strip()});
    }
    HttpMessage head = new HttpMessage(start, headers, new byte[0]);
    int length = Integer.parseInt(head.header("Content-Length").orElse("0"));
    byte[] body = in.readNBytes(length);
    if (body.length < length) {
      throw new IOException("the body ended early");
    }
    return new HttpMessage(start, headers, body);
  }

  /** Writes the message: start line, headers, an empty line, the body; then flushes. */
  public void write(OutputStream out) throws IOException {
    StringBuilder text = new StringBuilder(startLine).append("\r\n");
    for (String[] header : headers) {
      text.append(header[0]).append(": ").append(header[1]).append("\r\n");
    }
    text.append("\r\n");
    out.write(text.toString().getBytes(StandardCharsets.ISO_8859_1));
    out.write(body);
    out.flush();
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    while (true) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("the connection ended inside a message");
      }
      if (b == '\n') {
        String text = line.toString(StandardCharsets.ISO_8859_1);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
      }
      if (line.size() > 8192) {
        throw new IOException("line too long");
      }
      line.write(b);
    }
  }
}
