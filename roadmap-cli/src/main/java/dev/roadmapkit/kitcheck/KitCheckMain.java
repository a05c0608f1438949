package dev.roadmapkit.kitcheck;

import dev.roadmapkit.cli.kit.Kit;
import dev.roadmapkit.cli.runner.ModuleBuilder;
import dev.roadmapkit.cli.runner.TestRunner;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * The kit build's last step: {@code java dev.roadmapkit.kitcheck.KitCheckMain --root DIR
 * [--mutation-threshold N] [--build-start ISO-INSTANT]}. Prints the findings, the phase times and
 * the summary line; exits 0 when every invariant holds, 1 when one does not, 2 on bad arguments.
 */
public final class KitCheckMain {

  private KitCheckMain() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    Path root = null;
    int threshold = 80;
    Optional<Instant> buildStart = Optional.empty();
    Optional<Path> cacheDir = Optional.empty();
    Path localRepository = Path.of(System.getProperty("user.home"), ".m2", "repository");
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (i + 1 >= args.length) {
        err.println("kit check: " + arg + " needs a value");
        return 2;
      }
      String value = args[++i];
      switch (arg) {
        case "--root" -> root = Path.of(value);
        case "--mutation-threshold" -> {
          try {
            threshold = Integer.parseInt(value);
          } catch (NumberFormatException e) {
            err.println(
                "kit check: --mutation-threshold must be a whole number, was '" + value + "'");
            return 2;
          }
        }
        case "--build-start" -> {
          try {
            buildStart = Optional.of(Instant.parse(value));
          } catch (DateTimeParseException e) {
            buildStart = Optional.empty(); // timing is informative only
          }
        }
        case "--cache-dir" ->
            cacheDir = value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
        case "--local-repository" -> {
          if (!value.isBlank()) {
            localRepository = Path.of(value);
          }
        }
        default -> {
          err.println(
              "kit check: unknown option "
                  + arg
                  + " (known: --root, --mutation-threshold, --build-start, --cache-dir,"
                  + " --local-repository)");
          return 2;
        }
      }
    }
    if (root == null || !Files.isDirectory(root.resolve("exercises"))) {
      err.println(
          "kit check: --root must name the kit's root directory (the one holding exercises/), was "
              + root);
      return 2;
    }
    Path kitRoot = root.toAbsolutePath().normalize();
    Optional<Path> verdictStore = cacheDir.map(dir -> dir.resolve("wrong-solutions"));
    Path repository = localRepository;
    // The wrong solutions run in process: the build compiled every module and its tests already.
    try (TestRunner runner = new TestRunner(kitRoot, ModuleBuilder.manual())) {
      int status =
          check(
              kitRoot,
              threshold,
              buildStart,
              new SurefireRuns(),
              Optional.of(
                  new RunnerWrongSolutionRuns(
                      Kit.at(kitRoot),
                      runner,
                      verdictStore.map(dir -> new VerdictStore(dir, repository)))),
              Optional.empty(),
              out,
              err);
      cacheDir.ifPresent(
          dir -> MutationStore.keep(kitRoot.resolve("solutions"), dir.resolve("pit")));
      return status;
    }
  }

  /**
   * Checks the kit under {@code root} from the runs {@code runs} gives, and prints the findings,
   * the phase times and the summary line.
   *
   * @param root the kit's root directory
   * @param threshold the mutation score bar
   * @param buildStart when the build started, for the whole build's time
   * @param runs where the tests' outcomes come from
   * @param wrongRuns runs the wrong solutions; empty to leave invariant 9 unchecked
   * @param note a line printed before the summary, such as what the runs leave out
   * @param out where the report goes
   * @param err where a failure to check goes
   * @return 0 when every invariant holds, 1 otherwise
   */
  public static int check(
      Path root,
      int threshold,
      Optional<Instant> buildStart,
      ModuleRuns runs,
      Optional<WrongSolutionRuns> wrongRuns,
      Optional<String> note,
      PrintStream out,
      PrintStream err) {
    long started = System.nanoTime();
    KitReport report;
    try {
      report = new KitCheck(new CoreCatalogs(), threshold, runs, wrongRuns).check(root);
    } catch (KitCheckException e) {
      err.println("kit check: " + e.getMessage());
      return 1;
    }
    double checkSeconds = (System.nanoTime() - started) / 1e9;
    double wrongSeconds = wrongRuns.map(WrongSolutionRuns::seconds).orElse(0.0);

    out.println();
    out.println("Kit check");
    report.moduleLines().forEach(out::println);
    if (!report.passed()) {
      out.println();
      out.println(
          "The kit is broken: "
              + report.findings().size()
              + (report.findings().size() == 1 ? " problem" : " problems"));
      report.findings().forEach(f -> out.println("  " + f));
    }
    if (!report.sectionsWithoutModule().isEmpty()) {
      out.println();
      out.println(
          "Sections with no module yet (their topics are not checked until one lands): "
              + String.join(", ", report.sectionsWithoutModule()));
    }
    if (!report.pendingGalleries().isEmpty()) {
      out.println();
      out.println(
          "Pending wrong-solution galleries ("
              + WrongSolutionGallery.PENDING_FILE
              + "), not yet proven:");
      report.pendingGalleries().forEach(p -> out.println("  pending " + p));
    }
    PhaseTimes times = report.times();
    StringBuilder phases =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "phases: starting-code tests %.1f s, solution tests %.1f s, mutation testing %.1f s, wrong solutions %.1f s, kit check %.1f s",
                times.startingTests(),
                times.solutionTests(),
                times.mutation(),
                wrongSeconds,
                checkSeconds - wrongSeconds));
    buildStart.ifPresent(
        start -> {
          long whole = Duration.between(start, Instant.now()).toSeconds();
          phases.append(String.format(Locale.ROOT, ", whole build %d s", whole));
          if (report.exercises() > 0) {
            phases.append(
                String.format(
                    Locale.ROOT, ", %.1f s per exercise", (double) whole / report.exercises()));
          }
        });
    out.println();
    note.ifPresent(out::println);
    int reused = wrongRuns.map(WrongSolutionRuns::reused).orElse(0);
    if (reused > 0) {
      out.println(
          "wrong solutions: "
              + reused
              + " rejections reused from earlier builds (inputs unchanged), the rest run");
    }
    out.println(phases);
    out.println(report.summaryLine());
    return report.passed() ? 0 : 1;
  }
}
