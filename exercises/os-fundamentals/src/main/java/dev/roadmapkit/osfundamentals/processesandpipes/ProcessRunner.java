package dev.roadmapkit.osfundamentals.processesandpipes;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * Exercise {@code os-fundamentals/processes-and-pipes}: run real programs as child processes, the
 * way a shell does, but from Java and without a shell.
 *
 * <p>What it must do:
 *
 * <ul>
 *   <li>start processes with {@link ProcessBuilder} (never {@code sh -c}: the command is a list of
 *       arguments, so nothing is ever parsed by a shell), with {@code LC_ALL=C} added to the
 *       inherited environment, so that {@code sort} orders bytes and error messages are in English
 *       whatever the machine's locale;
 *   <li>write the input to the first process's stdin as UTF-8 and close it (that is the end of file
 *       the program waits for); read stdout and every stderr completely, decoded as UTF-8. A pipe
 *       holds only about 64 KiB: a child that writes more blocks until someone reads. So writing
 *       stdin, reading stdout and reading stderr must happen at the same time (a thread each), or a
 *       chatty child and your code wait for each other forever. stderr is kept apart from stdout,
 *       never merged into it;
 *   <li>a pipeline connects each stage's stdout to the next stage's stdin, as {@code sort | grep x
 *       | wc -l} does ({@link ProcessBuilder#startPipeline} does the wiring);
 *   <li>a command (or a whole pipeline) that has not finished within the runner's timeout is killed
 *       forcibly ({@link Process#destroyForcibly}: a program may ignore the polite SIGTERM)
 *       together with every process it started, its {@link ProcessHandle#descendants()}: killing
 *       only the parent leaves its children running (they are then adopted by init and are no
 *       longer anybody's descendants, so take the list first). Then {@link CommandTimeoutException}
 *       is thrown;
 *   <li>exit codes are returned, not judged, by {@link #run} and {@link #pipe}; the convenience
 *       methods judge them as the programs define them: {@code grep} exits 0 when a line matched, 1
 *       when none did (an answer, not an error) and 2 on an error such as a bad pattern.
 * </ul>
 */
public final class ProcessRunner {

  private final Duration timeout;

  /**
   * A runner that kills what runs longer than {@code timeout}.
   *
   * @throws IllegalArgumentException if the timeout is zero or negative
   */
  public ProcessRunner(Duration timeout) {
    // TODO os-fundamentals/processes-and-pipes: refuse a timeout that is not positive
    this.timeout = timeout;
  }

  /**
   * Runs one command with {@code input} on its stdin and returns its exit code, stdout and stderr,
   * whatever the exit code.
   *
   * @throws CommandTimeoutException if it runs longer than the timeout (it is killed, with its
   *     descendants)
   * @throws IOException if the program cannot be started (not found, say)
   * @throws java.io.InterruptedIOException if the calling thread is interrupted while it waits: the
   *     processes are killed as on a timeout, and the thread's interrupt flag is set again
   */
  public CommandResult run(List<String> command, String input) throws IOException {
    throw new UnsupportedOperationException(
        "TODO os-fundamentals/processes-and-pipes: start the process, feed stdin and drain stdout"
            + " and stderr on threads of their own, wait with the timeout");
  }

  /**
   * Runs the commands as a pipeline: {@code input} goes to the first stage's stdin, each stage's
   * stdout to the next one's stdin; returns every stage's exit code and stderr, and the last
   * stage's stdout.
   *
   * @throws IllegalArgumentException if there is no command
   * @throws CommandTimeoutException if the pipeline runs longer than the timeout (every stage and
   *     its descendants are killed)
   * @throws java.io.InterruptedIOException if the calling thread is interrupted while it waits
   *     (killed as on a timeout, interrupt flag set again)
   */
  public PipelineResult pipe(List<List<String>> commands, String input) throws IOException {
    throw new UnsupportedOperationException(
        "TODO os-fundamentals/processes-and-pipes: ProcessBuilder.startPipeline, then the same"
            + " feeding, draining and waiting as run()");
  }

  /**
   * The lines of {@code input} in the order of {@code sort} in the C locale (byte order: capitals
   * before small letters, ASCII before anything else).
   *
   * @throws CommandFailedException if {@code sort} exits with anything but 0
   */
  public List<String> sort(List<String> lines) throws IOException {
    throw new UnsupportedOperationException(
        "TODO os-fundamentals/processes-and-pipes: run sort with the lines, one per line");
  }

  /**
   * The lines of {@code input} that match the basic regular expression {@code pattern}, by {@code
   * grep -e pattern}; an empty list when none does.
   *
   * @throws CommandFailedException if {@code grep} exits with 2 or more (a bad pattern, say)
   */
  public List<String> grep(String pattern, String input) throws IOException {
    throw new UnsupportedOperationException(
        "TODO os-fundamentals/processes-and-pipes: run grep -e pattern; exit 1 means no match");
  }

  /**
   * How many lines of {@code input} match {@code pattern}, by the pipeline {@code grep -e pattern |
   * wc -l}.
   *
   * @throws CommandFailedException if {@code grep} exits with 2 or more, or {@code wc} with
   *     anything but 0
   */
  public long countMatches(String pattern, String input) throws IOException {
    throw new UnsupportedOperationException(
        "TODO os-fundamentals/processes-and-pipes: pipe grep into wc -l and read the number");
  }
}
