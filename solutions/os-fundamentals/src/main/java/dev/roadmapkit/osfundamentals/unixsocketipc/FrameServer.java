package dev.roadmapkit.osfundamentals.unixsocketipc;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Reference solution. The key idea: a thread per connection, each a loop of read a frame, answer
 * it; any trouble with a connection (a refused or cut frame, a failing handler) ends that
 * connection only. The socket is a file, so the server deletes it when it closes and removes a
 * stale one before it binds. The trade-off: a thread per client, fine for the few local processes a
 * Unix socket serves.
 */
public final class FrameServer implements AutoCloseable {

  private final Path socketPath;
  private final RequestHandler handler;
  private final int maxFrameLength;
  private final Set<SocketChannel> connections = ConcurrentHashMap.newKeySet();
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private ServerSocketChannel server;

  public FrameServer(Path socketPath, RequestHandler handler, int maxFrameLength) {
    this.socketPath = socketPath;
    this.handler = handler;
    this.maxFrameLength = maxFrameLength;
  }

  public void start() throws IOException {
    Files.deleteIfExists(socketPath);
    server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    server.bind(UnixDomainSocketAddress.of(socketPath));
    threads.execute(this::acceptLoop);
  }

  private void acceptLoop() {
    try {
      while (true) {
        SocketChannel connection = server.accept();
        connections.add(connection);
        threads.execute(() -> serve(connection));
      }
    } catch (IOException e) {
      // The server socket was closed: stop accepting.
    }
  }

  private void serve(SocketChannel connection) {
    try (connection) {
      Optional<byte[]> request = Frames.read(connection, maxFrameLength);
      while (request.isPresent()) {
        Frames.write(connection, handler.handle(request.get()), maxFrameLength);
        request = Frames.read(connection, maxFrameLength);
      }
    } catch (IOException | RuntimeException e) {
      // A refused or cut frame, a failing handler, a closed server: closing is the answer.
    } finally {
      connections.remove(connection);
    }
  }

  @Override
  public void close() throws IOException {
    if (server != null) {
      server.close();
    }
    for (SocketChannel connection : connections) {
      connection.close();
    }
    threads.shutdown();
    Files.deleteIfExists(socketPath);
  }

  public static void main(String[] args) throws Exception {
    FrameServer server =
        new FrameServer(Path.of(args[0]), new UpperCase(), Integer.parseInt(args[1]));
    server.start();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    server.close();
                  } catch (IOException e) {
                    // the process ends anyway
                  }
                }));
    System.out.println("READY");
    System.out.flush();
    new CountDownLatch(1).await();
  }
}
