package dev.roadmapkit.osfundamentals.processesandpipes;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reference solution. The key idea: a child process talks to us through three pipes of about 64 KiB
 * each, so feeding stdin and draining stdout and every stderr run on threads of their own while the
 * caller waits with a deadline; nothing ever waits for a pipe that nobody empties. One command is a
 * pipeline of one stage. On timeout the whole tree is killed, the list of descendants taken before
 * the parents die (afterwards the orphans belong to init). The trade-off: three threads per
 * command, which is nothing next to the cost of starting a process.
 */
public final class ProcessRunner {

  private final Duration timeout;

  public ProcessRunner(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isZero() || timeout.isNegative()) {
      throw new IllegalArgumentException("timeout must be positive, got " + timeout);
    }
    this.timeout = timeout;
  }

  public CommandResult run(List<String> command, String input) throws IOException {
    PipelineResult result = pipe(List.of(command), input);
    return new CommandResult(
        command, result.exitCodes().get(0), result.stdout(), result.stderr().get(0));
  }

  public PipelineResult pipe(List<List<String>> commands, String input) throws IOException {
    if (commands.isEmpty()) {
      throw new IllegalArgumentException("a pipeline needs at least one command");
    }
    List<ProcessBuilder> builders = new ArrayList<>();
    for (List<String> command : commands) {
      ProcessBuilder builder = new ProcessBuilder(command);
      builders.add(builder);
    }
    List<Process> processes = ProcessBuilder.startPipeline(builders);
    ExecutorService io =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, "process-io");
              thread.setDaemon(true);
              return thread;
            });
    try {
      io.execute(() -> feed(processes.get(0).getOutputStream(), input));
      Future<String> stdout =
          io.submit(() -> drain(processes.get(processes.size() - 1).getInputStream()));
      List<Future<String>> stderr = new ArrayList<>();
      for (Process process : processes) {
        stderr.add(io.submit(() -> drain(process.getErrorStream())));
      }
      long deadline = System.nanoTime() + timeout.toNanos();
      List<Integer> exitCodes = new ArrayList<>();
      for (Process process : processes) {
        if (!process.waitFor(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) {
          throw killed(processes, commands);
        }
        exitCodes.add(process.exitValue());
      }
      List<String> errors = new ArrayList<>();
      for (Future<String> error : stderr) {
        errors.add(collect(error, deadline, processes, commands));
      }
      return new PipelineResult(exitCodes, collect(stdout, deadline, processes, commands), errors);
    } catch (InterruptedException e) {
      kill(processes);
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for " + commands);
    } finally {
      io.shutdownNow();
    }
  }

  public List<String> sort(List<String> lines) throws IOException {
    StringBuilder input = new StringBuilder();
    for (String line : lines) {
      input.append(line).append('\n');
    }
    CommandResult result = run(List.of("sort"), input.toString());
    if (result.exitCode() != 0) {
      throw new CommandFailedException(result.command(), result.exitCode(), result.stderr());
    }
    return result.stdout().lines().toList();
  }

  public List<String> grep(String pattern, String input) throws IOException {
    CommandResult result = run(List.of("grep", "-e", pattern), input);
    if (result.exitCode() > 1) {
      throw new CommandFailedException(result.command(), result.exitCode(), result.stderr());
    }
    return result.stdout().lines().toList();
  }

  public long countMatches(String pattern, String input) throws IOException {
    List<String> grep = List.of("grep", "-e", pattern);
    List<String> wc = List.of("wc", "-l");
    PipelineResult result = pipe(List.of(grep, wc), input);
    if (result.exitCodes().get(0) > 1) {
      throw new CommandFailedException(grep, result.exitCodes().get(0), result.stderr().get(0));
    }
    if (result.exitCodes().get(1) != 0) {
      throw new CommandFailedException(wc, result.exitCodes().get(1), result.stderr().get(1));
    }
    return Long.parseLong(result.stdout().strip());
  }

  private static void feed(OutputStream stdin, String input) {
    try (stdin) {
      stdin.write(input.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      // The program exited without reading all of its input (a broken pipe): its exit code says
      // whether that was a failure.
    }
  }

  private static String drain(InputStream stream) throws IOException {
    try (stream) {
      return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Waits for a reader until the deadline: a descendant may still hold the pipe open. */
  private String collect(
      Future<String> reader, long deadline, List<Process> processes, List<List<String>> commands)
      throws IOException, InterruptedException {
    try {
      return reader.get(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      throw killed(processes, commands);
    } catch (ExecutionException e) {
      throw new IOException("reading the output of " + commands + " failed", e.getCause());
    }
  }

  private CommandTimeoutException killed(List<Process> processes, List<List<String>> commands) {
    kill(processes);
    return new CommandTimeoutException(commands, timeout);
  }

  private static void kill(List<Process> processes) {
    // The descendants first, listed while their parents still live to be asked.
    List<ProcessHandle> tree = new ArrayList<>();
    for (Process process : processes) {
      process.descendants().forEach(tree::add);
      tree.add(process.toHandle());
    }
    tree.forEach(ProcessHandle::destroyForcibly);
  }
}
