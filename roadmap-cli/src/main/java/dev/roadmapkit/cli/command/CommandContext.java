package dev.roadmapkit.cli.command;

import dev.roadmapkit.cli.kit.Kit;
import dev.roadmapkit.cli.output.Terminal;
import dev.roadmapkit.cli.progress.LearnerProgress;
import dev.roadmapkit.cli.runner.MavenModuleBuilder;
import dev.roadmapkit.cli.runner.ModuleBuilder;
import dev.roadmapkit.cli.runner.TestRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the commands work with: the kit (found on first use), the terminal, the clock, how modules
 * get built, how a runner is made, the git command and the watch's debounce.
 */
public final class CommandContext implements AutoCloseable {

  private final Supplier<Kit> kitLocator;
  private final Terminal terminal;
  private final Clock clock;
  private final Function<Kit, ModuleBuilder> builders;
  private final Duration testStallLimit;
  private final String git;
  private final Duration debounce;
  private Kit kit;
  private TestRunner runner;

  /**
   * Creates a context.
   *
   * @param kitLocator finds the kit; called once, when a command first needs it
   * @param terminal where commands write and read
   * @param clock the time, for backups' and set-aside files' names
   * @param builders makes the builder of a kit's modules
   * @param testStallLimit how long one test may run before the runner abandons it
   * @param git the git command
   * @param debounce how long {@code watch} waits for a burst of file changes to end
   */
  public CommandContext(
      Supplier<Kit> kitLocator,
      Terminal terminal,
      Clock clock,
      Function<Kit, ModuleBuilder> builders,
      Duration testStallLimit,
      String git,
      Duration debounce) {
    this.kitLocator = Objects.requireNonNull(kitLocator, "kit locator must not be null");
    this.terminal = Objects.requireNonNull(terminal, "terminal must not be null");
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
    this.builders = Objects.requireNonNull(builders, "builders must not be null");
    this.testStallLimit = Objects.requireNonNull(testStallLimit, "stall limit must not be null");
    this.git = Objects.requireNonNull(git, "git command must not be null");
    this.debounce = Objects.requireNonNull(debounce, "debounce must not be null");
  }

  /**
   * Returns the context of the {@code ./roadmap} process: the kit named by the system property
   * {@code roadmap.root} (the launchers set it) or found from the working directory, the system
   * terminal and clock, and the Maven Wrapper to build modules.
   *
   * @return the context
   */
  public static CommandContext forProcess() {
    Terminal terminal = Terminal.system();
    return new CommandContext(
        () -> {
          String root = System.getProperty("roadmap.root");
          return root == null || root.isBlank() ? Kit.locate(Path.of("")) : Kit.at(Path.of(root));
        },
        terminal,
        Clock.systemDefaultZone(),
        kit ->
            new MavenModuleBuilder(
                kit.root(), terminal.err(), System.getenv(MavenModuleBuilder.COMMAND_VARIABLE)),
        TestRunner.DEFAULT_TEST_STALL_LIMIT,
        "git",
        Duration.ofMillis(30));
  }

  /**
   * Returns the kit, finding it on first use.
   *
   * @return the kit
   */
  public synchronized Kit kit() {
    if (kit == null) {
      kit = kitLocator.get();
    }
    return kit;
  }

  /**
   * Returns the terminal.
   *
   * @return the terminal
   */
  public Terminal terminal() {
    return terminal;
  }

  /**
   * Returns the clock.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  /**
   * Returns the learner's progress in the kit.
   *
   * @return the progress
   */
  public LearnerProgress progress() {
    return new LearnerProgress(kit(), clock);
  }

  /**
   * Returns the process's one runner, created on first use and closed with this context; {@code
   * check}, {@code watch}, {@code status} and {@code dev check} all run through it.
   *
   * @return the runner
   */
  public synchronized TestRunner runner() {
    if (runner == null) {
      runner =
          new TestRunner(
              kit().root(),
              builders.apply(kit()),
              testStallLimit,
              TestRunner.DEFAULT_SILENCE_LIMIT);
    }
    return runner;
  }

  /** Closes the runner, if one was created. */
  @Override
  public synchronized void close() {
    if (runner != null) {
      runner.close();
      runner = null;
    }
  }

  /**
   * Returns the git command.
   *
   * @return {@code git}, or another command in tests
   */
  public String git() {
    return git;
  }

  /**
   * Returns how long {@code watch} waits for a burst of changes to end before it re-checks.
   *
   * @return the quiet period
   */
  public Duration debounce() {
    return debounce;
  }
}
