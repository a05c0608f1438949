package dev.roadmapkit.kitcheck;

import dev.roadmapkit.cli.output.CheckReport;
import dev.roadmapkit.cli.runner.TestResult;
import dev.roadmapkit.cli.runner.TestStatus;
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

  /** What the support module's classes hold when they are on the path as a directory. */
  static final String SUPPORT_PACKAGE = "dev/roadmapkit/support";

  /** The mutation score every exercise's tests must reach on its own classes, in percent. */
  static final int EXERCISE_MUTATION_BAR = 75;

  private final CatalogSource catalogs;
  private final int mutationThreshold;
  private final ModuleRuns runs;
  private final Optional<WrongSolutionRuns> wrongRuns;

  /** What the galleries of exercises listed as pending still lack, collected by a check. */
  private final List<String> pendingGalleries = new ArrayList<>();

  /**
   * A check of what the kit build left behind, Surefire's and PIT's reports, without running the
   * wrong solutions.
   */
  public KitCheck(CatalogSource catalogs, int mutationThreshold) {
    this(catalogs, mutationThreshold, new SurefireRuns(), Optional.empty());
  }

  /**
   * A check of the test runs that {@code runs} gives, such as the CLI runner's, and of every
   * exercise's gallery of wrong solutions run by {@code wrongRuns} (invariant 9); without them the
   * galleries are not checked.
   */
  public KitCheck(
      CatalogSource catalogs,
      int mutationThreshold,
      ModuleRuns runs,
      Optional<WrongSolutionRuns> wrongRuns) {
    this.catalogs = catalogs;
    this.mutationThreshold = mutationThreshold;
    this.runs = runs;
    this.wrongRuns = wrongRuns;
  }

  /** Checks the kit whose root directory is {@code root}. */
  public KitReport check(Path root) {
    Path exercisesDir = root.resolve("exercises");
    Path solutionsDir = root.resolve("solutions");
    List<ModuleResult> modules = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    Map<String, String> moduleOfSection = new HashMap<>();
    for (Path moduleDir : moduleDirs(exercisesDir)) {
      if (!Files.isRegularFile(moduleDir.resolve("exercises.yaml"))) {
        findings.add(
            new Finding(
                moduleDir.getFileName().toString(),
                Invariant.CATALOG,
                "exercises/" + moduleDir.getFileName() + " has a pom.xml but no exercises.yaml"));
        continue;
      }
      ModuleView view = catalogs.read(moduleDir);
      view.section().ifPresent(section -> moduleOfSection.putIfAbsent(section, view.module()));
      ModuleResult result =
          checkModule(view, moduleDir, solutionsDir.resolve(moduleDir.getFileName()));
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
    List<String> sectionsWithoutModule = checkCoverage(practised, moduleOfSection, findings);
    checkKitMutation(modules, findings);
    Set<String> readingOnly = new TreeSet<>(catalogs.readingOnly().keySet());
    readingOnly.retainAll(catalogs.topics());
    readingOnly.removeAll(practised);
    return new KitReport(
        modules,
        findings,
        practised.size(),
        readingOnly.size(),
        catalogs.topics().size(),
        sectionsWithoutModule,
        mutationThreshold,
        wrongRuns.isPresent(),
        pendingGalleries);
  }

  /**
   * Every topic of a section that has a module is practised by an exercise or marked reading-only,
   * and not both. A section with no module yet is not failed: it is returned, with how many of its
   * topics wait for one, so the report can say what is left.
   */
  private List<String> checkCoverage(
      Set<String> practised, Map<String, String> moduleOfSection, List<Finding> findings) {
    Map<String, String> readingOnly = catalogs.readingOnly();
    List<String> sectionsWithoutModule = new ArrayList<>();
    for (Map.Entry<String, List<String>> section : catalogs.sectionTopics().entrySet()) {
      String module = moduleOfSection.get(section.getKey());
      if (module == null) {
        long waiting =
            section.getValue().stream()
                .filter(t -> !practised.contains(t) && !readingOnly.containsKey(t))
                .count();
        sectionsWithoutModule.add(
            section.getKey() + " (" + waiting + (waiting == 1 ? " topic)" : " topics)"));
        continue;
      }
      for (String topic : section.getValue()) {
        boolean isPractised = practised.contains(topic);
        if (readingOnly.containsKey(topic) && isPractised) {
          findings.add(
              new Finding(
                  module,
                  Invariant.CATALOG,
                  "topic '"
                      + topic
                      + "' is marked reading-only in the roadmap, yet an exercise lists it under"
                      + " its topics: remove one of the two (the reason given was: "
                      + readingOnly.get(topic)
                      + ")"));
        } else if (!readingOnly.containsKey(topic) && !isPractised) {
          findings.add(
              new Finding(
                  module,
                  Invariant.CATALOG,
                  "topic '"
                      + topic
                      + "' of section '"
                      + section.getKey()
                      + "' is neither practised nor reading-only: list it under the topics of an"
                      + " exercise in exercises/"
                      + module
                      + "/exercises.yaml, or give it a 'reading-only' reason in roadmap-core's"
                      + " roadmap.yaml"));
        }
      }
    }
    return sectionsWithoutModule;
  }

  /**
   * A learner's first check of an exercise, on its starting code, fits one screen: its tests as
   * {@code ./roadmap check} groups them, from the starting code's reported cases.
   */
  private static void checkScreens(
      ModuleView module, List<ReportedCase> startingCases, List<Finding> findings) {
    List<TestResult> results = startingCases.stream().map(KitCheck::asResult).toList();
    for (ExerciseView exercise : module.exercises()) {
      List<TestResult> tests =
          results.stream().filter(t -> exercise.tests().contains(t.topLevelClassName())).toList();
      int lines = tests.isEmpty() ? 0 : CheckReport.screenLines(tests);
      if (lines > CheckReport.SCREEN) {
        findings.add(
            new Finding(
                exercise.id(),
                Invariant.STARTING_CODE_FAILS,
                "./roadmap check on the starting code prints "
                    + lines
                    + " lines, more than one screen ("
                    + CheckReport.SCREEN
                    + "): let the tests fail for fewer distinct reasons (a TODO per method the"
                    + " learner writes, reached first), or shorten the longest failure messages"));
      }
    }
  }

  private static TestResult asResult(ReportedCase reported) {
    TestStatus status =
        switch (reported.outcome().status()) {
          case PASSED -> TestStatus.PASSED;
          case FAILED -> TestStatus.FAILED;
          case SKIPPED -> TestStatus.SKIPPED;
        };
    String message = reported.outcome().message();
    return new TestResult(
        reported.className(),
        reported.name(),
        reported.name(),
        status,
        message.isEmpty() ? List.of() : List.of(message.split("\\R", -1)));
  }

  /** Invariant 8 for the whole kit: all modules' mutants together, at the kit's bar. */
  private void checkKitMutation(List<ModuleResult> modules, List<Finding> findings) {
    int total = 0;
    int detected = 0;
    for (ModuleResult module : modules) {
      if (module.mutation().isPresent()) {
        total += module.mutation().get().total();
        detected += module.mutation().get().detected();
      }
    }
    MutationReport kit = new MutationReport(total, detected, List.of());
    if (total > 0 && kit.score() < mutationThreshold) {
      findings.add(
          new Finding(
              "kit",
              Invariant.MUTATION_SCORE,
              "mutation score "
                  + kit.score()
                  + "% ("
                  + detected
                  + "/"
                  + total
                  + ") is below the kit's bar of "
                  + mutationThreshold
                  + "%: strengthen the exercises with the lowest scores"));
    }
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

  private ModuleResult checkModule(ModuleView module, Path moduleDir, Path solutionDir) {
    String moduleName = moduleDir.getFileName().toString();
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
    checkSolutionFiles(moduleDir, solutionDir, module, findings);
    WriteTestsExercises.checkVariants(moduleDir, module, findings);
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
        // A write-tests exercise's learner classes are run by its grading tests, not counted.
        Set<String> learnerTests = WriteTestsExercises.learnerTestClasses(module);
        discovered =
            TestDiscovery.discover(
                loader,
                ModuleClasspath.classNames(exerciseTarget.resolve("test-classes")).stream()
                    .filter(c -> !learnerTests.contains(c))
                    .toList());
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
    if (!classpath.contains(SUPPORT_ARTIFACT, SUPPORT_PACKAGE)) {
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

    checkScreens(module, startingCases, findings);
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
    if (mutation.isPresent()) {
      results = checkExerciseMutation(module, mutation.get(), results, findings);
    }
    if (wrongRuns.isPresent()) {
      results = checkWrongSolutions(moduleDir, solutionDir, module, results, findings);
    }
    return new ModuleResult(
        moduleName, results, mutation, findings, runs.times(moduleDir, solutionDir));
  }

  /**
   * Invariant 9: runs every exercise's tests against each wrong solution of its gallery; one that
   * every test lets through is a finding naming the exercise and the bug.
   */
  private List<ExerciseResult> checkWrongSolutions(
      Path moduleDir,
      Path solutionDir,
      ModuleView module,
      List<ExerciseResult> results,
      List<Finding> findings) {
    WrongSolutionGallery.checkExercisesExist(solutionDir, module, findings);
    Set<String> pending = WrongSolutionGallery.pending(solutionDir.getParent(), findings);
    List<ExerciseResult> counted = new ArrayList<>();
    for (int i = 0; i < module.exercises().size(); i++) {
      ExerciseView exercise = module.exercises().get(i);
      List<Finding> all = findings;
      findings = new ArrayList<>();
      int run = 0;
      int rejected = 0;
      long started = System.nanoTime();
      String lastError = null;
      for (WrongSolution wrong : WrongSolutionGallery.read(solutionDir, exercise, findings)) {
        WrongSolutionRuns.Verdict verdict;
        try {
          verdict = wrongRuns.get().run(moduleDir, solutionDir, exercise, wrong);
        } catch (KitCheckException e) {
          if (!e.getMessage().equals(lastError)) {
            findings.add(
                new Finding(
                    exercise.id(),
                    Invariant.WRONG_SOLUTIONS,
                    "cannot run " + wrong.label() + ": " + e.getMessage()));
          }
          lastError = e.getMessage();
          continue;
        }
        run++;
        if (verdict instanceof WrongSolutionRuns.Verdict.Rejected) {
          rejected++;
        } else if (verdict instanceof WrongSolutionRuns.Verdict.Accepted accepted) {
          findings.add(
              new Finding(
                  exercise.id(),
                  Invariant.WRONG_SOLUTIONS,
                  accepted.tests() == 0
                      ? "no test ran against wrong solution " + wrong.name()
                      : "wrong solution "
                          + wrong.name()
                          + " passes all "
                          + accepted.tests()
                          + " tests, so a learner who makes this mistake is told the exercise"
                          + " is solved: "
                          + wrong.bug()
                          + ". Add a test that fails on it."));
        } else if (verdict instanceof WrongSolutionRuns.Verdict.DidNotCompile notCompiled) {
          findings.add(
              new Finding(
                  exercise.id(),
                  Invariant.WRONG_SOLUTIONS,
                  "wrong solution "
                      + wrong.name()
                      + " does not compile, so it proves nothing: "
                      + notCompiled.error()));
        }
      }
      if (!pending.contains(exercise.id())) {
        all.addAll(findings);
      } else if (findings.isEmpty()) {
        all.add(
            new Finding(
                exercise.id(),
                Invariant.WRONG_SOLUTIONS,
                "its gallery is complete and every wrong solution is rejected: remove it from "
                    + WrongSolutionGallery.PENDING_FILE));
      } else {
        findings.forEach(f -> pendingGalleries.add(f.toString()));
      }
      findings = all;
      counted.add(
          results.get(i).withWrongSolutions(run, rejected, (System.nanoTime() - started) / 1e9));
    }
    return counted;
  }

  /**
   * A solution module holds only what the learner writes: the files listed under {@code files:},
   * and new files a learner creates in an exercise's package. A copy of any other file of the
   * exercise module is a given type kept twice (the build compiles the exercise's own).
   */
  private static void checkSolutionFiles(
      Path moduleDir, Path solutionDir, ModuleView module, List<Finding> findings) {
    Set<String> learnerFiles = new HashSet<>();
    Set<String> learnerDirs = new HashSet<>();
    for (ExerciseView exercise : module.exercises()) {
      for (String file : exercise.files()) {
        learnerFiles.add(file);
        int slash = file.lastIndexOf('/');
        learnerDirs.add(slash < 0 ? "" : file.substring(0, slash));
      }
    }
    // src/test too: a write-tests exercise's learner files, the reference tests, are test sources.
    List<String> held = new ArrayList<>();
    for (Path tree : List.of(solutionDir.resolve("src/main"), solutionDir.resolve("src/test"))) {
      if (!Files.isDirectory(tree)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(tree)) {
        walk.filter(Files::isRegularFile)
            .map(p -> solutionDir.relativize(p).toString().replace('\\', '/'))
            .sorted()
            .forEach(held::add);
      } catch (IOException | java.io.UncheckedIOException e) {
        findings.add(
            new Finding(
                module.module(), Invariant.BUILD, "cannot list " + tree + ": " + e.getMessage()));
        return;
      }
    }
    for (String file : held) {
      if (learnerFiles.contains(file)) {
        continue;
      }
      String where = "solutions/" + module.module() + "/" + file;
      if (Files.exists(moduleDir.resolve(file))) {
        findings.add(
            new Finding(
                module.module(),
                Invariant.CATALOG,
                where
                    + " is a copy of a file the exercise gives (it is not listed under files:):"
                    + " delete it; the solution module compiles the exercise module's own"));
      } else {
        int slash = file.lastIndexOf('/');
        if (!learnerDirs.contains(slash < 0 ? "" : file.substring(0, slash))) {
          findings.add(
              new Finding(
                  module.module(),
                  Invariant.CATALOG,
                  where
                      + " belongs to no exercise: a solution holds the files listed under files:"
                      + " and new files in their directories"));
        }
      }
    }
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
        exercise.id(),
        exercise.topics(),
        tests.size(),
        solutionPassed,
        guards,
        nonGuardFailing,
        0,
        0,
        0,
        Optional.empty());
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

  /**
   * Invariant 8, per exercise: PIT's mutants of the exercise's own classes (its package, where the
   * learner writes) must be detected at the exercise bar; the survivors are listed in words.
   */
  private static List<ExerciseResult> checkExerciseMutation(
      ModuleView module,
      MutationReport report,
      List<ExerciseResult> results,
      List<Finding> findings) {
    List<ExerciseResult> scored = new ArrayList<>();
    for (int i = 0; i < module.exercises().size(); i++) {
      ExerciseView exercise = module.exercises().get(i);
      MutationReport mine = report.ofPackage(exercise.packageName());
      if (mine.total() > 0 && mine.score() < EXERCISE_MUTATION_BAR) {
        StringBuilder message =
            new StringBuilder("mutation score ")
                .append(mine.score())
                .append("% (")
                .append(mine.detected())
                .append("/")
                .append(mine.total())
                .append(") is below the exercise bar of ")
                .append(EXERCISE_MUTATION_BAR)
                .append("%: no test fails when the reference solution is changed so:");
        mine.survivors().stream().limit(10).forEach(m -> message.append("\n      ").append(m));
        if (mine.survivors().size() > 10) {
          message.append("\n      and ").append(mine.survivors().size() - 10).append(" more");
        }
        findings.add(new Finding(exercise.id(), Invariant.MUTATION_SCORE, message.toString()));
      }
      scored.add(results.get(i).withMutation(mine));
    }
    return scored;
  }

  private Optional<MutationReport> checkMutation(
      String module, Path solutionDir, List<Finding> findings) {
    try {
      Optional<MutationReport> measured = runs.mutation(solutionDir);
      if (measured.isEmpty()) {
        return measured;
      }
      MutationReport report = measured.get();
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
