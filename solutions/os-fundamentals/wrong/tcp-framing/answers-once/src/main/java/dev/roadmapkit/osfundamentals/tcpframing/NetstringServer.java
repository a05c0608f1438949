package dev.roadmapkit.osfundamentals.tcpframing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

/**
 * Reference solution: a thread per connection reading netstrings until the client's end of stream,
 * each answer written and flushed at once. The trade-off: a thread per client, fine for a handful;
 * thousands would call for non-blocking channels and a selector.
 */
public final class NetstringServer implements AutoCloseable {

  private final MessageHandler handler;
  private final int maxLength;
  private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private ServerSocket server;

  public NetstringServer(MessageHandler handler, int maxLength) {
    this.handler = handler;
    this.maxLength = maxLength;
  }

  public void start() throws IOException {
    server = new ServerSocket();
    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    threads.execute(this::acceptLoop);
  }

  public int port() {
    return server.getLocalPort();
  }

  private void acceptLoop() {
    try {
      while (true) {
        Socket connection = server.accept();
        connections.add(connection);
        threads.execute(() -> serve(connection));
      }
    } catch (IOException | RejectedExecutionException e) {
      // The server socket was closed: stop accepting. (A connection accepted while close() ran
      // is refused by the executor, which has shut down.)
    }
  }

  private void serve(Socket connection) {
    try (connection) {
      InputStream in = new BufferedInputStream(connection.getInputStream());
      OutputStream out = connection.getOutputStream();
      Optional<byte[]> message = Netstrings.read(in, maxLength);
      while (message.isPresent()) {
        out.write(Netstrings.encode(handler.handle(message.get())));
        out.flush();
        message = Optional.empty();
      }
    } catch (IOException | RuntimeException e) {
      // A malformed netstring, a failing handler, a closed server: closing is the answer.
    } finally {
      connections.remove(connection);
    }
  }

  @Override
  public void close() throws IOException {
    if (server != null) {
      server.close();
    }
    for (Socket connection : connections) {
      connection.close();
    }
    threads.shutdown();
  }
}
