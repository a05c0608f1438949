package dev.roadmapkit.cli.command;

import dev.roadmapkit.cli.kit.Kit;
import dev.roadmapkit.cli.kit.KitException;
import dev.roadmapkit.cli.serve.RoadmapServer;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ./roadmap serve}: the roadmap as a live page in the browser, on 127.0.0.1. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "The roadmap as a page in your browser: the sections as a graph coloured by progress;",
      "click one for its topics, resources and exercises. It follows your progress while",
      "check or watch runs. Only this machine can open it (127.0.0.1); it needs no network."
    })
public final class ServeCommand implements Callable<Integer> {

  @ParentCommand private RoadmapCommand root;

  @Spec private CommandSpec spec;

  @Option(
      names = {"-p", "--port"},
      defaultValue = "0",
      paramLabel = "PORT",
      description = "The port on 127.0.0.1 (default: a free one, printed).")
  private int port;

  @Option(names = "--open", description = "Open the page in the default browser too.")
  private boolean open;

  /** Creates the command; picocli calls this. */
  public ServeCommand() {}

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--port must be between 0 and 65535, not " + port);
    }
    CommandContext context = root.context();
    Kit kit = context.kit();
    RoadmapServer server;
    try {
      server =
          RoadmapServer.start(
              kit.curriculum(), () -> context.progress().load(), kit.progressFile(), port);
    } catch (UncheckedIOException e) {
      throw new KitException(
          e.getMessage() + (port == 0 ? "" : "; try another --port, or leave it out"), e);
    }
    PrintStream out = context.terminal().out();
    out.println("serving the roadmap at " + server.uri() + " (Ctrl+C to stop)");
    out.flush();
    if (open) {
      openBrowser(server.uri().toString(), out);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                }));
    stopped.await();
    return 0;
  }

  private static void openBrowser(String url, PrintStream out) {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    List<String> command =
        os.contains("win")
            ? List.of("rundll32", "url.dll,FileProtocolHandler", url)
            : os.contains("mac") ? List.of("open", url) : List.of("xdg-open", url);
    try {
      new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      out.println("could not open a browser (" + command.get(0) + "): open " + url + " yourself");
    }
  }
}
