package dev.roadmapkit.osfundamentals.tcpframing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reference solution. The key idea: the length comes first and is checked digit by digit against
 * the limit, so a peer cannot make us read or allocate more than we allow; the payload is then read
 * with {@link InputStream#readNBytes(int)}, which loops over short reads; the comma at the end
 * catches a sender whose length is off by one.
 */
public final class Netstrings {

  private Netstrings() {}

  public static byte[] encode(byte[] payload) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length + 12);
    out.writeBytes(Integer.toString(payload.length).getBytes(StandardCharsets.US_ASCII));
    out.write(':');
    out.writeBytes(payload);
    out.write(',');
    return out.toByteArray();
  }

  public static Optional<byte[]> read(InputStream in, int maxLength) throws IOException {
    int c = in.read();
    if (c < 0) {
      return Optional.empty();
    }
    long length = 0;
    int digits = 0;
    while (c != ':') {
      if (c < 0) {
        throw new MalformedFrameException("the stream ended inside a netstring's length");
      }
      if (c < '0' || c > '9') {
        throw new MalformedFrameException("a netstring's length holds '" + (char) c + "'");
      }
      if (digits == 1 && length == 0) {
        throw new MalformedFrameException("a netstring's length has a leading zero");
      }
      length = length * 10 + (c - '0');
      digits++;
      if (length > maxLength) {
        throw new MalformedFrameException("a netstring over the limit of " + maxLength + " bytes");
      }
      c = in.read();
    }
    if (digits == 0) {
      throw new MalformedFrameException("a netstring without a length before ':'");
    }
    byte[] payload = new byte[(int) length];
    if (length > 0 && in.read(payload, 0, payload.length) < 0) {
      throw new MalformedFrameException("the stream ended inside a netstring's payload");
    }
    int end = in.read();
    if (end != ',') {
      throw new MalformedFrameException("a netstring's payload is not followed by ','");
    }
    return Optional.of(payload);
  }
}
