package dev.roadmapkit.osfundamentals.tcpframing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;

/**
 * Exercise {@code os-fundamentals/tcp-framing}, part 2: a client that sends its requests, says it
 * is done, and reads every answer.
 *
 * <ul>
 *   <li>connect with a timeout ({@code socket.connect(address, millis)}): without one, a server
 *       that does not accept leaves the caller waiting for minutes;
 *   <li>a read timeout ({@code socket.setSoTimeout(millis)}): a server that accepts and never
 *       answers makes a read throw {@link java.net.SocketTimeoutException} instead of waiting
 *       forever;
 *   <li>half-close after the last request ({@code socket.shutdownOutput()}): the server reads the
 *       end of the stream, knows nothing more is coming, and can still answer, because only our
 *       sending direction is closed. Closing the socket's output stream closes the whole socket;
 *   <li>then read netstrings until the server ends its stream.
 * </ul>
 */
public final class NetstringClient {

  private NetstringClient() {}

  /**
   * Sends {@code requests} as netstrings to {@code server}, half-closes, and returns every
   * netstring the server sends back until it closes.
   *
   * @throws java.net.SocketTimeoutException if connecting takes longer than {@code connectTimeout}
   *     or a read waits longer than {@code readTimeout}
   * @throws MalformedFrameException if the answer is not netstrings of at most {@code maxLength}
   */
  public static List<byte[]> exchange(
      InetSocketAddress server,
      List<byte[]> requests,
      Duration connectTimeout,
      Duration readTimeout,
      int maxLength)
      throws IOException {
    throw new UnsupportedOperationException(
        "TODO os-fundamentals/tcp-framing: connect with a timeout, setSoTimeout, write, flush,"
            + " shutdownOutput, read until the end of the stream");
  }
}
