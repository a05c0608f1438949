package dev.roadmapkit.cli.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.roadmapkit.cli.export.HtmlExport;
import dev.roadmapkit.core.model.Progress;
import dev.roadmapkit.core.query.Curriculum;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The roadmap page on a loopback port: {@code /} is the page ({@link HtmlExport}, live), and {@code
 * /events} a stream of server-sent events with one {@code progress} event each time the progress
 * file changes (a check, {@code watch}, a topic marked), which the page answers by fetching itself
 * again. The file's modification time and size are looked at every {@link #POLL_INTERVAL}. Nothing
 * is fetched from elsewhere: the page works offline.
 */
public final class RoadmapServer implements AutoCloseable {

  /** How often each event stream looks at the progress file. */
  public static final Duration POLL_INTERVAL = Duration.ofMillis(200);

  /** How often an idle event stream sends a comment, so proxies and browsers keep it open. */
  private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

  private final HttpServer server;
  private final ExecutorService threads;
  private final Curriculum curriculum;
  private final Supplier<Progress> progress;
  private final Path progressFile;
  private volatile boolean closed;

  private RoadmapServer(
      HttpServer server, Curriculum curriculum, Supplier<Progress> progress, Path progressFile) {
    this.server = server;
    this.curriculum = curriculum;
    this.progress = progress;
    this.progressFile = progressFile;
    this.threads =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, "roadmap-serve");
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(threads);
    server.createContext("/", this::page);
    server.createContext("/events", this::events);
  }

  /**
   * Starts serving on 127.0.0.1.
   *
   * @param curriculum the roadmap and its exercises
   * @param progress reads the learner's progress afresh
   * @param progressFile the file whose changes the page follows
   * @param port the port, or 0 for a free one
   * @return the running server
   * @throws UncheckedIOException if the port cannot be bound
   */
  public static RoadmapServer start(
      Curriculum curriculum, Supplier<Progress> progress, Path progressFile, int port) {
    Objects.requireNonNull(curriculum, "curriculum must not be null");
    Objects.requireNonNull(progress, "progress must not be null");
    Objects.requireNonNull(progressFile, "progressFile must not be null");
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
      RoadmapServer roadmap = new RoadmapServer(server, curriculum, progress, progressFile);
      server.start();
      return roadmap;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot serve on 127.0.0.1:" + port + ": " + e.getMessage(), e);
    }
  }

  /**
   * Returns the page's address.
   *
   * @return such as {@code http://127.0.0.1:41234/}
   */
  public URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  private void page(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!exchange.getRequestURI().getPath().equals("/")) {
        send(exchange, 404, "text/plain", "not found: the roadmap is at /\n");
        return;
      }
      if (!exchange.getRequestMethod().equals("GET")
          && !exchange.getRequestMethod().equals("HEAD")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        send(exchange, 405, "text/plain", "only GET and HEAD\n");
        return;
      }
      String html;
      try {
        html = HtmlExport.render(curriculum, progress.get(), true);
      } catch (RuntimeException e) {
        send(exchange, 500, "text/plain", "cannot show the roadmap: " + e.getMessage() + "\n");
        return;
      }
      send(exchange, 200, "text/html", html);
    }
  }

  private void events(HttpExchange exchange) throws IOException {
    try (exchange) {
      exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      exchange.sendResponseHeaders(200, 0);
      OutputStream out = exchange.getResponseBody();
      write(out, "retry: 1000\n\n");
      String seen = signature();
      int count = 0;
      long quietSince = System.nanoTime();
      while (!closed) {
        try {
          TimeUnit.MILLISECONDS.sleep(POLL_INTERVAL.toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        String now = signature();
        if (!now.equals(seen)) {
          seen = now;
          count++;
          write(out, "event: progress\ndata: " + count + "\n\n");
          quietSince = System.nanoTime();
        } else if (System.nanoTime() - quietSince > KEEP_ALIVE.toNanos()) {
          write(out, ": still here\n\n");
          quietSince = System.nanoTime();
        }
      }
    } catch (IOException e) {
      // the page was closed: its stream ends here
    }
  }

  /** The progress file's modification time and size, or "none". */
  private String signature() {
    try {
      return Files.getLastModifiedTime(progressFile).toMillis() + ":" + Files.size(progressFile);
    } catch (IOException e) {
      return "none";
    }
  }

  private static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private static void send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    if (exchange.getRequestMethod().equals("HEAD")) {
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  @Override
  public void close() {
    closed = true;
    server.stop(0);
    threads.shutdownNow();
  }
}
