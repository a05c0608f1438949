package dev.roadmapkit.kitcheck;

import dev.roadmapkit.core.catalog.KitOnlyText;
import dev.roadmapkit.kitcheck.Finding.Invariant;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Checks every exercise module under {@code exercises/} against DESIGN.md's invariants, from the
 * outputs of the kit build: the catalogs, the compiled classes, the Surefire reports of the
 * starting code and of the solutions, and PIT's report.
 */
public final class KitCheck {

  /** The test classpath artifact that carries the default timeouts (invariant 7). */
  static final String SUPPORT_ARTIFACT = "exercise-support";

  private final CatalogSource catalogs;
  private final int mutationThreshold;
  private final ModuleRuns runs;

  /** A check of what the kit build left behind: Surefire's and PIT's reports. */
  public KitCheck(CatalogSource catalogs, int mutationThreshold) {
    this(catalogs, mutationThreshold, new SurefireRuns());
  }

  /** A check of the test runs that {@code runs} gives, such as the CLI runner's. */
  public KitCheck(CatalogSource catalogs, int mutationThreshold, ModuleRuns runs) {
    this.catalogs = catalogs;
    this.mutationThreshold = mutationThreshold;
    this.runs = runs;
  }

  /** Checks the kit whose root directory is {@code root}. */
  public KitReport check(Path root) {
    Path exercisesDir = root.resolve("exercises");
    Path solutionsDir = root.resolve("solutions");
    List<ModuleResult> modules = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    for (Path moduleDir : moduleDirs(exercisesDir)) {
      if (!Files.isRegularFile(moduleDir.resolve("exercises.yaml"))) {
        findings.add(
            new Finding(
                moduleDir.getFileName().toString(),
                Invariant.CATALOG,
                "exercises/" + moduleDir.getFileName() + " has a pom.xml but no exercises.yaml"));
        continue;
      }
      ModuleResult result = checkModule(moduleDir, solutionsDir.resolve(moduleDir.getFileName()));
      modules.add(result);
      findings.addAll(result.findings());
    }
    for (Path solution : moduleDirs(solutionsDir)) {
      if (!Files.isDirectory(exercisesDir.resolve(solution.getFileName()))) {
        findings.add(
            new Finding(
                solution.getFileName().toString(),
                Invariant.CATALOG,
                "solutions/"
                    + solution.getFileName()
                    + " has no exercise module exercises/"
                    + solution.getFileName()));
      }
    }
    Set<String> practised = new TreeSet<>();
    for (ModuleResult module : modules) {
      for (ExerciseResult exercise : module.exercises()) {
        practised.addAll(exercise.topics());
      }
    }
    practised.retainAll(catalogs.topics());
    return new KitReport(
        modules, findings, practised.size(), catalogs.topics().size(), mutationThreshold);
  }

  private static List<Path> moduleDirs(Path parent) {
    if (!Files.isDirectory(parent)) {
      return List.of();
    }
    try (Stream<Path> dirs = Files.list(parent)) {
      return dirs.filter(Files::isDirectory)
          .filter(d -> Files.isRegularFile(d.resolve("pom.xml")))
          .filter(d -> !d.getFileName().toString().equals("support"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new KitCheckException("Cannot list " + parent + ": " + e.getMessage(), e);
    }
  }

  private ModuleResult checkModule(Path moduleDir, Path solutionDir) {
    String moduleName = moduleDir.getFileName().toString();
    ModuleView module = catalogs.read(moduleDir);
    List<Finding> findings = new ArrayList<>(module.problems());
    Map<String, ExerciseView> exerciseByTestClass = new HashMap<>();
    for (ExerciseView exercise : module.exercises()) {
      for (String test : exercise.tests()) {
        exerciseByTestClass.put(test, exercise);
      }
    }
    checkDocsAndFiles(moduleDir, module, findings);

    Path exerciseTarget = moduleDir.resolve("target");
    if (!Files.isDirectory(solutionDir)) {
      findings.add(
          new Finding(
              moduleName,
              Invariant.BUILD,
              "no reference solutions: create solutions/"
                  + moduleName
                  + " and add it to solutions/pom.xml and kit/pom.xml"));
      return ModuleResult.unchecked(moduleName, module, findings);
    }
    ModuleClasspath classpath;
    List<DiscoveredTest> discovered;
    List<ReportedCase> solutionCases;
    List<ReportedCase> startingCases;
    try {
      // The runs first: a runner that runs the tests itself builds what is missing.
      solutionCases = runs.solution(moduleDir, solutionDir, module);
      startingCases = runs.startingCode(moduleDir, module);
      classpath = ModuleClasspath.read(exerciseTarget.resolve("test-classpath.txt"));
      try (URLClassLoader loader =
          classpath.loaderWith(
              exerciseTarget.resolve("test-classes"), runs.startingClasses(moduleDir))) {
        discovered =
            TestDiscovery.discover(
                loader, ModuleClasspath.classNames(exerciseTarget.resolve("test-classes")));
      }
    } catch (KitCheckException | IOException e) {
      findings.add(new Finding(moduleName, Invariant.BUILD, e.getMessage()));
      return ModuleResult.unchecked(moduleName, module, findings);
    } catch (LinkageError e) {
      findings.add(
          new Finding(
              moduleName,
              Invariant.BUILD,
              "cannot load the compiled tests: "
                  + e.getClass().getSimpleName()
                  + ": "
                  + e.getMessage()));
      return ModuleResult.unchecked(moduleName, module, findings);
    }
    if (!classpath.contains(SUPPORT_ARTIFACT)) {
      findings.add(
          new Finding(
              moduleName,
              Invariant.TIMEOUT,
              "the tests run without "
                  + SUPPORT_ARTIFACT
                  + ", which carries the default timeout: add it as a test dependency"));
    }

    Map<String, List<DiscoveredTest>> testsByExercise = new LinkedHashMap<>();
    module.exercises().forEach(e -> testsByExercise.put(e.id(), new ArrayList<>()));
    Set<String> classesWithTests = new HashSet<>();
    for (DiscoveredTest test : discovered) {
      String testClass = test.key().topLevelClassName();
      classesWithTests.add(testClass);
      ExerciseView exercise = exerciseByTestClass.get(testClass);
      if (exercise == null) {
        findings.add(
            new Finding(
                moduleName,
                Invariant.CATALOG,
                "test class "
                    + testClass
                    + " belongs to no exercise: list it under an exercise's tests in exercises.yaml"));
        continue;
      }
      testsByExercise.get(exercise.id()).add(test);
    }
    for (ExerciseView exercise : module.exercises()) {
      for (String test : exercise.tests()) {
        if (!classesWithTests.contains(test)) {
          findings.add(
              new Finding(
                  exercise.id(),
                  Invariant.CATALOG,
                  "test class "
                      + test
                      + " is listed in exercises.yaml but has no tests in the compiled test sources"));
        }
      }
    }

    Map<TestKey, TestOutcome> onSolution = outcomes(discovered, solutionCases);
    Map<TestKey, TestOutcome> onStartingCode = outcomes(discovered, startingCases);
    List<ExerciseResult> results = new ArrayList<>();
    for (ExerciseView exercise : module.exercises()) {
      results.add(
          checkExercise(
              exercise, testsByExercise.get(exercise.id()), onSolution, onStartingCode, findings));
    }
    reportUndiscovered(moduleName, "the solution", solutionCases, discovered, findings);
    reportUndiscovered(moduleName, "the starting code", startingCases, discovered, findings);

    checkApiParity(
        module,
        classpath,
        runs.startingClasses(moduleDir),
        runs.solutionClasses(solutionDir),
        findings);
    Optional<MutationReport> mutation = checkMutation(moduleName, solutionDir, findings);
    return new ModuleResult(
        moduleName, results, mutation, findings, runs.times(moduleDir, solutionDir));
  }

  /**
   * A class's repository ({@code ./roadmap assign}) has neither the CLI nor the solutions: a README
   * may speak of them only inside kit-only blocks, which the export leaves out.
   */
  private static void checkKitOnlyBlocks(String readme, ModuleView module, List<Finding> findings) {
    List<String> mentions;
    try {
      mentions = KitOnlyText.kitMentions(readme);
    } catch (IllegalArgumentException e) {
      findings.add(new Finding(module.module(), Invariant.CATALOG, "README.md: " + e.getMessage()));
      return;
    }
    for (String mention : mentions) {
      findings.add(
          new Finding(
              module.module(),
              Invariant.CATALOG,
              "README.md mentions "
                  + mention
                  + " outside a <!-- kit-only --> block; ./roadmap assign copies the README into"
                  + " a class's repository, which has no CLI and no solutions: move it into a"
                  + " block"));
    }
  }

  private static void checkDocsAndFiles(Path moduleDir, ModuleView module, List<Finding> findings) {
    Path readme = moduleDir.resolve("README.md");
    String readmeText = "";
    if (!Files.isRegularFile(readme)) {
      findings.add(
          new Finding(
              module.module(),
              Invariant.CATALOG,
              "exercises/" + module.module() + " has no README.md"));
    } else {
      try {
        readmeText = Files.readString(readme, StandardCharsets.UTF_8);
      } catch (IOException e) {
        findings.add(
            new Finding(
                module.module(),
                Invariant.CATALOG,
                "cannot read " + readme + ": " + e.getMessage()));
      }
    }
    checkKitOnlyBlocks(readmeText, module, findings);
    for (ExerciseView exercise : module.exercises()) {
      if (!readmeText.isEmpty() && !readmeText.contains(exercise.id())) {
        findings.add(
            new Finding(
                exercise.id(),
                Invariant.CATALOG,
                "README.md does not describe this exercise: add a section headed "
                    + exercise.id()));
      }
      for (String file : exercise.files()) {
        if (!Files.isRegularFile(moduleDir.resolve(file))) {
          findings.add(
              new Finding(
                  exercise.id(),
                  Invariant.CATALOG,
                  "file " + file + " listed in exercises.yaml does not exist"));
        }
      }
      if (exercise.files().isEmpty()) {
        findings.add(
            new Finding(
                exercise.id(), Invariant.CATALOG, "lists no files for the learner to edit"));
      }
    }
  }

  private static ExerciseResult checkExercise(
      ExerciseView exercise,
      List<DiscoveredTest> tests,
      Map<TestKey, TestOutcome> onSolution,
      Map<TestKey, TestOutcome> onStartingCode,
      List<Finding> findings) {
    int solutionPassed = 0;
    int guards = 0;
    int nonGuardFailing = 0;
    for (DiscoveredTest test : tests) {
      String name = test.key().shortName();
      TestOutcome solution = onSolution.get(test.key());
      if (solution == null) {
        findings.add(
            new Finding(
                exercise.id(),
                Invariant.EVERY_TEST_RUNS,
                name
                    + " exists but did not run against the solution: is its class named *Test, and does its engine run?"));
      } else if (solution.status() == TestOutcome.Status.PASSED) {
        solutionPassed++;
      } else {
        findings.add(
            new Finding(
                exercise.id(),
                Invariant.SOLUTIONS_PASS,
                name
                    + " "
                    + (solution.status() == TestOutcome.Status.SKIPPED ? "was skipped" : "fails")
                    + " against the reference solution: "
                    + firstLine(solution.message())));
      }
      TestOutcome starting = onStartingCode.get(test.key());
      if (test.guard()) {
        guards++;
      }
      if (starting == null) {
        findings.add(
            new Finding(
                exercise.id(),
                Invariant.EVERY_TEST_RUNS,
                name + " exists but did not run against the starting code"));
      } else if (test.guard()) {
        if (starting.status() != TestOutcome.Status.PASSED) {
          findings.add(
              new Finding(
                  exercise.id(),
                  Invariant.STARTING_CODE_FAILS,
                  name
                      + " is a guard but does not pass on the starting code: a guard protects behaviour the starting code already has ("
                      + firstLine(starting.message())
                      + ")"));
        }
      } else if (starting.status() == TestOutcome.Status.FAILED) {
        nonGuardFailing++;
      } else {
        findings.add(
            new Finding(
                exercise.id(),
                Invariant.STARTING_CODE_FAILS,
                name
                    + (starting.status() == TestOutcome.Status.PASSED ? " passes" : " is skipped")
                    + " on the starting code: a test that cannot fail there teaches nothing; make it exercise the TODO, or tag it guard if it protects existing behaviour"));
      }
    }
    if (tests.isEmpty()) {
      findings.add(new Finding(exercise.id(), Invariant.STARTING_CODE_FAILS, "has no tests"));
    } else if (tests.size() - guards > 0 && nonGuardFailing == 0) {
      findings.add(
          new Finding(
              exercise.id(), Invariant.STARTING_CODE_FAILS, "no test fails on the starting code"));
    } else if (tests.size() == guards) {
      findings.add(
          new Finding(
              exercise.id(),
              Invariant.STARTING_CODE_FAILS,
              "every test is a guard: at least one test must fail on the starting code"));
    }
    return new ExerciseResult(
        exercise.id(), exercise.topics(), tests.size(), solutionPassed, guards, nonGuardFailing);
  }

  /** Each discovered test's outcome, folded over the reported invocations of it. */
  static Map<TestKey, TestOutcome> outcomes(
      List<DiscoveredTest> discovered, List<ReportedCase> cases) {
    Map<String, List<DiscoveredTest>> byClass = new HashMap<>();
    discovered.forEach(
        t -> byClass.computeIfAbsent(t.key().className(), c -> new ArrayList<>()).add(t));
    Map<TestKey, TestOutcome> outcomes = new HashMap<>();
    for (ReportedCase reported : cases) {
      for (DiscoveredTest test : byClass.getOrDefault(reported.className(), List.of())) {
        if (reported.isInvocationOf(test)) {
          outcomes.merge(test.key(), reported.outcome(), TestOutcome::plus);
          break;
        }
      }
    }
    return outcomes;
  }

  private static void reportUndiscovered(
      String module,
      String side,
      List<ReportedCase> ran,
      List<DiscoveredTest> discovered,
      List<Finding> findings) {
    Set<String> seen = new HashSet<>();
    for (ReportedCase reported : ran) {
      boolean known = discovered.stream().anyMatch(reported::isInvocationOf);
      String name =
          reported.className().substring(reported.className().lastIndexOf('.') + 1)
              + "."
              + reported.name();
      if (!known && seen.add(name)) {
        findings.add(
            new Finding(
                module,
                Invariant.EVERY_TEST_RUNS,
                name
                    + " ran against "
                    + side
                    + " but the kit check did not discover it: a test annotation the check does not know?"));
      }
    }
  }

  private static void checkApiParity(
      ModuleView module,
      ModuleClasspath classpath,
      Path startingClasses,
      Path solutionClasses,
      List<Finding> findings) {
    Set<String> starting;
    Set<String> solution;
    try (URLClassLoader startLoader = classpath.loaderWith(startingClasses);
        URLClassLoader solutionLoader = classpath.loaderWith(solutionClasses)) {
      starting = PublicApi.of(startLoader, ModuleClasspath.classNames(startingClasses));
      solution = PublicApi.of(solutionLoader, ModuleClasspath.classNames(solutionClasses));
    } catch (KitCheckException | IOException e) {
      findings.add(new Finding(module.module(), Invariant.API_PARITY, e.getMessage()));
      return;
    }
    for (String line : starting) {
      if (!solution.contains(line)) {
        findings.add(
            new Finding(
                owner(module, line), Invariant.API_PARITY, "only the starting code has: " + line));
      }
    }
    for (String line : solution) {
      if (!starting.contains(line)) {
        findings.add(
            new Finding(
                owner(module, line), Invariant.API_PARITY, "only the solution has: " + line));
      }
    }
  }

  /** The exercise whose package an API line belongs to, else the module. */
  private static String owner(ModuleView module, String apiLine) {
    for (ExerciseView exercise : module.exercises()) {
      if (apiLine.contains(" " + exercise.packageName() + ".")
          || apiLine.startsWith(exercise.packageName() + ".")) {
        return exercise.id();
      }
    }
    return module.module();
  }

  private Optional<MutationReport> checkMutation(
      String module, Path solutionDir, List<Finding> findings) {
    try {
      Optional<MutationReport> measured = runs.mutation(solutionDir);
      if (measured.isEmpty()) {
        return measured;
      }
      MutationReport report = measured.get();
      if (report.score() < mutationThreshold) {
        StringBuilder message =
            new StringBuilder("mutation score ")
                .append(report.score())
                .append("% is below the bar of ")
                .append(mutationThreshold)
                .append("%: the tests miss these changes to the solution:");
        report.survivors().stream().limit(8).forEach(s -> message.append("\n      ").append(s));
        findings.add(new Finding(module, Invariant.MUTATION_SCORE, message.toString()));
      }
      return Optional.of(report);
    } catch (KitCheckException e) {
      findings.add(new Finding(module, Invariant.MUTATION_SCORE, e.getMessage()));
      return Optional.empty();
    }
  }

  private static String firstLine(String message) {
    String stripped = message.strip();
    int newline = stripped.indexOf('\n');
    return newline < 0 ? stripped : stripped.substring(0, newline) + " ...";
  }
}
