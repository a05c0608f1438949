package dev.roadmapkit.osfundamentals.tcpframing;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reference solution. Both timeouts are set before the first byte moves, and the sending side is
 * shut down, not closed: {@code shutdownOutput} sends FIN and leaves the socket open for the
 * answers, where closing the output stream would close the socket.
 */
public final class NetstringClient {

  private NetstringClient() {}

  public static List<byte[]> exchange(
      InetSocketAddress server,
      List<byte[]> requests,
      Duration connectTimeout,
      Duration readTimeout,
      int maxLength)
      throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(server, (int) connectTimeout.toMillis());
      socket.setSoTimeout((int) readTimeout.toMillis());
      OutputStream out = new BufferedOutputStream(socket.getOutputStream());
      for (byte[] request : requests) {
        out.write(Netstrings.encode(request));
      }
      out.close();
      InputStream in = new BufferedInputStream(socket.getInputStream());
      List<byte[]> answers = new ArrayList<>();
      Optional<byte[]> answer;
      while ((answer = Netstrings.read(in, maxLength)).isPresent()) {
        answers.add(answer.get());
      }
      return answers;
    }
  }
}
