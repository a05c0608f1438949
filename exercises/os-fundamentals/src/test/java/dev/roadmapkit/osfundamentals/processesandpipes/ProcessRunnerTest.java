package dev.roadmapkit.osfundamentals.processesandpipes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("os-fundamentals/processes-and-pipes: ProcessRunner")
class ProcessRunnerTest {

  private static final Duration HANG_LIMIT = Duration.ofSeconds(4);
  private static final Duration KILL_LIMIT = Duration.ofSeconds(3);
  private static final String DEADLOCK_HINT =
      " A pipe holds about 64 KiB: when nobody reads it, the child blocks on its next write and"
          + " never exits. Write stdin, read stdout and read stderr on threads of their own, all at"
          + " once, and only then wait for the process.";

  private final ProcessRunner runner = new ProcessRunner(Duration.ofSeconds(3));
  private final List<Long> pidsToKill = new ArrayList<>();
  private Set<Long> before = Set.of();

  @TempDir Path dir;

  @BeforeEach
  void realToolsArePresent() {
    assumeFalse(
        System.getProperty("os.name").toLowerCase().startsWith("windows"),
        "processes-and-pipes drives sort, grep, wc and sh, which Windows does not have: run it in"
            + " WSL or on Linux or macOS");
    for (String tool : List.of("sort", "grep", "wc", "sh", "env")) {
      boolean present = onPath(tool);
      if (!present && "true".equalsIgnoreCase(System.getenv("ROADMAP_REQUIRE_SERVICES"))) {
        fail("'" + tool + "' is not on the PATH, and ROADMAP_REQUIRE_SERVICES=true requires it");
      }
      assumeTrue(present, "'" + tool + "' is not on the PATH: install coreutils and grep");
    }
    before =
        ProcessHandle.current().descendants().map(ProcessHandle::pid).collect(Collectors.toSet());
  }

  @AfterEach
  void killWhatIsLeft() {
    // Processes a broken solution left behind: the ones the test recorded, and children of this
    // JVM started during the test.
    for (long pid : pidsToKill) {
      ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
    }
    startedByThisTest().forEach(ProcessHandle::destroyForcibly);
  }

  /** This JVM's descendants that were not there when the test began. */
  private List<ProcessHandle> startedByThisTest() {
    return ProcessHandle.current().descendants().filter(p -> !before.contains(p.pid())).toList();
  }

  private static boolean onPath(String tool) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String entry : path.split(File.pathSeparator)) {
      if (!entry.isEmpty() && Files.isExecutable(Path.of(entry, tool))) {
        return true;
      }
    }
    return false;
  }

  private static String lines(int count, String prefix) {
    return IntStream.range(0, count).mapToObj(i -> prefix + i + "\n").collect(Collectors.joining());
  }

  @Test
  @DisplayName("run returns the command's stdout, an empty stderr and exit code 0")
  void runsARealCommand() throws IOException {
    CommandResult result = runner.run(List.of("sort"), "pear\napple\nfig\n");

    assertThat(result.command()).as("the command run").containsExactly("sort");
    assertThat(result.exitCode()).as("exit code of sort on good input").isZero();
    assertThat(result.stdout())
        .as(
            "stdout of sort with the input 'pear, apple, fig' on its stdin (was stdin written and"
                + " closed?)")
        .isEqualTo("apple\nfig\npear\n");
    assertThat(result.stderr()).as("stderr of a command that wrote nothing there").isEmpty();
  }

  @Test
  @DisplayName("run returns a failing command's exit code and stderr instead of throwing")
  void returnsExitCodeAndStderr() throws IOException {
    CommandResult result = runner.run(List.of("sort", "/no/such/file"), "");

    assertThat(result.exitCode())
        .as("sort's exit code for a missing file: run() returns exit codes, it does not judge them")
        .isEqualTo(2);
    assertThat(result.stderr())
        .as("sort's complaint goes to stderr, and LC_ALL=C keeps it in English")
        .contains("No such file");
    assertThat(result.stdout()).as("stdout: sort's error must not be merged into it").isEmpty();
  }

  @Test
  @DisplayName("the child's environment is the inherited one plus LC_ALL=C")
  void childEnvironmentHasTheCLocale() throws IOException {
    CommandResult result = runner.run(List.of("env"), "");

    assertThat(result.stdout().lines())
        .as(
            "the environment the child saw (env prints it): add LC_ALL=C to"
                + " ProcessBuilder.environment(), keep the rest")
        .contains("LC_ALL=C")
        .anyMatch(line -> line.startsWith("PATH="));
  }

  @Test
  @DisplayName("sort orders bytes: capitals, then '_', then small letters, then non-ASCII")
  void sortsInByteOrder() throws IOException {
    assertThat(runner.sort(List.of("b", "B", "ä", "a", "_", "A")))
        .as(
            "sort in the C locale, text written and read as UTF-8 ('ä' is two bytes above 'z');"
                + " another locale sorts 'a' next to 'A'")
        .containsExactly("A", "B", "_", "a", "b", "ä");
  }

  @Test
  @DisplayName("grep returns the matching lines")
  void grepReturnsMatches() throws IOException {
    assertThat(runner.grep("o", "one\ntwo\nthree\nfour\n"))
        .as("lines matching 'o'")
        .containsExactly("one", "two", "four");
  }

  @Test
  @DisplayName("grep's exit code 1 means no line matched: an empty list, not an error")
  void grepWithoutMatchIsEmpty() throws IOException {
    assertThat(runner.grep("z", "one\ntwo\n"))
        .as("grep exits 1 when nothing matched; that is an answer, the empty list")
        .isEmpty();
  }

  @Test
  @DisplayName("grep's exit code 2 is an error: CommandFailedException with grep's stderr")
  void grepErrorIsReported() {
    CommandFailedException e =
        assertThrows(
            CommandFailedException.class,
            () -> runner.grep("[", "one\n"),
            "grep -e '[' is a bad pattern: grep exits 2, and that must be thrown as"
                + " CommandFailedException");
    assertThat(e.exitCode()).as("grep's exit code for a bad pattern").isEqualTo(2);
    assertThat(e.stderr()).as("grep's stderr, which says what was wrong").startsWith("grep:");
    assertThat(e.command()).as("the command that failed").containsExactly("grep", "-e", "[");
  }

  @Test
  @DisplayName("countMatches pipes grep into wc -l")
  void countMatchesThroughAPipe() throws IOException {
    String fruit = "apple\nbanana\ncherry\navocado\n";
    assertThat(runner.countMatches("a", fruit)).as("lines with an 'a'").isEqualTo(3);
    assertThat(runner.countMatches("^c", fruit)).as("lines starting with 'c'").isEqualTo(1);
    assertThat(runner.countMatches("z", fruit))
        .as("no line matches: grep exits 1, wc counts 0, and that is no error")
        .isZero();
  }

  @Test
  @DisplayName("countMatches reports grep's error, exit code 2, with grep's stderr")
  void countMatchesReportsGrepError() {
    CommandFailedException e =
        assertThrows(
            CommandFailedException.class,
            () -> runner.countMatches("[", "one\n"),
            "grep exits 2 on a bad pattern, wc still prints 0: the grep stage's exit code decides");
    assertThat(e.exitCode()).as("the grep stage's exit code").isEqualTo(2);
    assertThat(e.command()).as("the stage that failed").containsExactly("grep", "-e", "[");
    assertThat(e.stderr()).as("the grep stage's stderr").startsWith("grep:");
  }

  @Test
  @DisplayName("pipe connects stdout to stdin and reports every stage's exit code and stderr")
  void pipeOfThreeStages() throws IOException {
    PipelineResult result =
        runner.pipe(
            List.of(List.of("sort"), List.of("grep", "-e", "an"), List.of("wc", "-l")),
            "pear\nbanana\nmango\n");

    assertThat(result.exitCodes()).as("exit codes of sort, grep, wc").containsExactly(0, 0, 0);
    assertThat(result.stdout().strip()).as("what wc -l printed at the end").isEqualTo("2");
    assertThat(result.stderr()).as("stderr of each stage").containsExactly("", "", "");

    PipelineResult sorted =
        runner.pipe(List.of(List.of("grep", "-e", "a"), List.of("sort")), "pear\nbanana\nkiwi\n");
    assertThat(sorted.stdout())
        .as("grep's output sorted: the last stage's stdout, every earlier stdout went on")
        .isEqualTo("banana\npear\n");
  }

  @Test
  @DisplayName("pipe keeps each stage's exit code and stderr apart")
  void pipeReportsEachStage() throws IOException {
    PipelineResult noMatch =
        runner.pipe(
            List.of(List.of("sort"), List.of("grep", "-e", "z"), List.of("wc", "-l")), "a\n");
    assertThat(noMatch.exitCodes())
        .as("grep found nothing: its exit code 1 is reported, the others are 0")
        .containsExactly(0, 1, 0);
    assertThat(noMatch.stdout().strip()).as("wc counted no line").isEqualTo("0");

    PipelineResult badPattern =
        runner.pipe(
            List.of(List.of("grep", "-e", "["), List.of("sort"), List.of("wc", "-l")), "a\n");
    assertThat(badPattern.exitCodes())
        .as("exit codes of grep (bad pattern), sort, wc")
        .containsExactly(2, 0, 0);
    assertThat(badPattern.stderr().get(0)).as("grep's stderr, the first stage").startsWith("grep:");
    assertThat(badPattern.stderr().get(1)).as("sort's stderr").isEmpty();
    assertThat(badPattern.stderr().get(2)).as("wc's stderr").isEmpty();
    assertThat(badPattern.stdout().strip())
        .as("wc counted the nothing grep passed on")
        .isEqualTo("0");
  }

  @Test
  @DisplayName("megabytes through stdin and stdout at once do not deadlock")
  void largeInputAndOutputDoNotDeadlock() {
    String input = lines(60_000, "line number "); // about 1 MB
    CommandResult result =
        assertTimeoutPreemptively(
            HANG_LIMIT,
            () -> runner.run(List.of("grep", "-e", "line"), input),
            "grep copies 1 MB from stdin to stdout while it reads: writing all of stdin before"
                + " reading stdout deadlocks."
                + DEADLOCK_HINT);
    assertThat(result.stdout().length()).as("characters grep echoed").isEqualTo(input.length());
    assertThat(result.stdout()).as("grep's output, every line matched").isEqualTo(input);
  }

  @Test
  @DisplayName("a command that fills stderr does not deadlock, and stderr stays apart from stdout")
  void largeStderrDoesNotDeadlock() {
    String script =
        "i=0; while [ $i -lt 20000 ]; do echo \"warning $i\" >&2; i=$((i+1)); done; echo done";
    CommandResult result =
        assertTimeoutPreemptively(
            HANG_LIMIT,
            () -> runner.run(List.of("sh", "-c", script), ""),
            "the child wrote 250 KB to stderr before its stdout ends: reading stdout to the end"
                + " first deadlocks."
                + DEADLOCK_HINT);
    assertThat(result.stdout()).as("stdout, with nothing of stderr in it").isEqualTo("done\n");
    assertThat(result.stderr().lines().count()).as("lines read from stderr").isEqualTo(20_000);
    assertThat(result.stderr()).as("stderr, complete").endsWith("warning 19999\n");
  }

  @Test
  @DisplayName("a megabyte through a pipeline does not deadlock")
  void largePipeline() {
    String input = lines(60_000, "entry ");
    PipelineResult result =
        assertTimeoutPreemptively(
            HANG_LIMIT,
            () ->
                runner.pipe(
                    List.of(List.of("sort"), List.of("grep", "-e", "9$"), List.of("wc", "-l")),
                    input),
            "1 MB into sort | grep | wc did not come out." + DEADLOCK_HINT);
    assertThat(result.stdout().strip()).as("lines ending in 9 among 60000").isEqualTo("6000");
    assertThat(result.exitCodes()).as("exit codes").containsExactly(0, 0, 0);
  }

  @Test
  @DisplayName(
      "a command that runs too long is killed with its children, even if it ignores SIGTERM")
  void timeoutKillsTheProcessTree() throws Exception {
    ProcessRunner quick = new ProcessRunner(Duration.ofSeconds(1));
    Path pids = dir.resolve("pids");
    // A shell that ignores SIGTERM (and so does its child) starts a sleeper and waits for it.
    String script = "trap '' TERM; sleep 60 & echo $$ $! > '" + pids + "'; wait";
    List<String> command = List.of("sh", "-c", script);

    CommandTimeoutException e =
        assertTimeoutPreemptively(
            KILL_LIMIT,
            () -> assertThrows(CommandTimeoutException.class, () -> quick.run(command, "")),
            "run() did not return after its 1 s timeout. Wait with Process.waitFor(timeout, unit),"
                + " and do not wait for stdout to end first: the sleeping child keeps that pipe open"
                + " until it dies.");
    assertThat(e.commands()).as("the command in the exception").containsExactly(command);

    List<Long> tree = readPids(pids);
    pidsToKill.addAll(tree);
    assertDead(tree.get(0), "the shell itself (it ignores SIGTERM: use destroyForcibly)");
    assertDead(
        tree.get(1),
        "the shell's child 'sleep 60': kill every ProcessHandle of process.descendants(), listed"
            + " before the parent dies");
  }

  @Test
  @DisplayName("a pipeline that runs too long is killed, every stage and its children")
  void timeoutKillsEveryStage() throws Exception {
    ProcessRunner quick = new ProcessRunner(Duration.ofSeconds(1));
    Path pids = dir.resolve("pids");
    String script = "trap '' TERM; sleep 60 & echo $$ $! > '" + pids + "'; wait";
    List<List<String>> stages = List.of(List.of("sort"), List.of("sh", "-c", script));

    CommandTimeoutException e =
        assertTimeoutPreemptively(
            KILL_LIMIT,
            () -> assertThrows(CommandTimeoutException.class, () -> quick.pipe(stages, "x\n")),
            "pipe() did not return after its 1 s timeout: wait for every stage with what is left"
                + " of one deadline.");
    assertThat(e.commands()).as("the commands in the exception").isEqualTo(stages);

    List<Long> tree = readPids(pids);
    pidsToKill.addAll(tree);
    assertDead(tree.get(0), "the last stage, a shell that ignores SIGTERM");
    assertDead(tree.get(1), "the last stage's child 'sleep 60' (a descendant of the stage)");
  }

  @Test
  @DisplayName(
      "a caller interrupted while it waits gets InterruptedIOException, and the process dies")
  void interruptKillsTheProcess() throws Exception {
    // sleep itself, no shell: a shell killed at once might be forking a child at that moment.
    Thread.currentThread().interrupt();
    try {
      assertThrows(
          java.io.InterruptedIOException.class,
          () -> runner.run(List.of("sleep", "60"), ""),
          "the caller's thread was interrupted: waitFor throws InterruptedException, which run()"
              + " must turn into InterruptedIOException after killing the process");
      assertThat(Thread.currentThread().isInterrupted())
          .as("the interrupt flag, set again for the caller to see")
          .isTrue();
    } finally {
      Thread.interrupted();
    }
    for (ProcessHandle process : startedByThisTest()) {
      pidsToKill.add(process.pid());
      assertDead(process.pid(), "a process the interrupted run() had started: " + process.info());
    }
  }

  @Test
  @DisplayName("a command that finishes in time is not killed")
  void fastCommandIsNotKilled() throws IOException {
    ProcessRunner quick = new ProcessRunner(Duration.ofSeconds(3));
    CommandResult result = quick.run(List.of("sh", "-c", "sleep 0.2; echo awake"), "");
    assertThat(result.stdout())
        .as("output of a command well within its timeout")
        .isEqualTo("awake\n");
    assertThat(result.exitCode()).as("its exit code").isZero();
  }

  @Test
  @DisplayName("a zero or negative timeout and an empty pipeline are refused")
  void badArgumentsAreRefused() {
    assertThatThrownBy(() -> new ProcessRunner(Duration.ZERO))
        .as("a runner with a zero timeout")
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ProcessRunner(Duration.ofMillis(-1)))
        .as("a runner with a negative timeout")
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> runner.pipe(List.of(), ""))
        .as("a pipeline of no command")
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static List<Long> readPids(Path file) throws IOException {
    assertThat(file)
        .as("the test's shell writes its pid and its child's there as it starts; it never ran?")
        .exists();
    String[] fields = Files.readString(file).strip().split("\\s+");
    List<Long> pids = new ArrayList<>();
    for (String field : fields) {
      pids.add(Long.parseLong(field));
    }
    assertThat(pids).as("pids written by the test's shell").hasSize(2);
    return pids;
  }

  /**
   * Waits up to 2 s for the process to be gone. A killed process whose parent died too is a zombie
   * until init reaps it, which counts as dead: it runs no more.
   */
  private static void assertDead(long pid, String what) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
    while (System.nanoTime() < deadline) {
      Optional<ProcessHandle> handle = ProcessHandle.of(pid);
      if (handle.isEmpty() || !handle.get().isAlive() || isZombie(pid)) {
        return;
      }
      try {
        handle.get().onExit().get(20, TimeUnit.MILLISECONDS);
      } catch (java.util.concurrent.TimeoutException e) {
        // still there: look again
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (java.util.concurrent.ExecutionException e) {
        return;
      }
    }
    fail("still running after the timeout: " + what + " (pid " + pid + ")");
  }

  private static boolean isZombie(long pid) {
    Path stat = Path.of("/proc", Long.toString(pid), "stat");
    try {
      String text = Files.readString(stat);
      // pid (command) state ...: the state is the first field after the closing parenthesis.
      return text.substring(text.lastIndexOf(')') + 1).strip().startsWith("Z");
    } catch (IOException | RuntimeException e) {
      return false; // no /proc (macOS), or the process is gone
    }
  }
}
