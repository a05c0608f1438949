package dev.roadmapkit.kitcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The kit check fails on every broken invariant, naming the exercise")
class KitCheckTest {

  @TempDir Path root;

  /** The catalog as the fixture's exercises.yaml would give it. */
  private static CatalogSource catalog(FixtureKit kit) {
    return new CatalogSource() {
      @Override
      public ModuleView read(Path moduleDir) {
        return new ModuleView(
            "demo",
            List.of(
                new ExerciseView(
                    FixtureKit.EXERCISE,
                    FixtureKit.PACKAGE,
                    kit.catalogTests(),
                    kit.catalogFiles(),
                    List.of("core-programming-concepts"))),
            List.of());
      }

      @Override
      public Set<String> topics() {
        return Set.of("core-programming-concepts", "http", "dns");
      }
    };
  }

  private KitReport check(FixtureKit kit) throws IOException {
    return new KitCheck(catalog(kit), 80).check(kit.write());
  }

  private static final String ADDER = "src/main/java/dev/roadmapkit/demo/adder/Adder.java";

  /** Wrong solutions judged by their name: one whose name starts with "passes" gets through. */
  private static final class NamedVerdicts implements WrongSolutionRuns {
    final List<String> ran = new java.util.ArrayList<>();

    @Override
    public Verdict run(
        Path moduleDir, Path solutionDir, ExerciseView exercise, WrongSolution wrong) {
      ran.add(wrong.name());
      if (wrong.name().startsWith("passes")) {
        return new Verdict.Accepted(3);
      }
      if (wrong.name().startsWith("broken")) {
        return new Verdict.DidNotCompile("Adder.java:3: ';' expected");
      }
      return new Verdict.Rejected(List.of("adds two numbers"));
    }

    @Override
    public double seconds() {
      return 0.5;
    }
  }

  private KitReport checkWithGallery(FixtureKit kit, WrongSolutionRuns runs) throws IOException {
    return new KitCheck(catalog(kit), 80, new SurefireRuns(), java.util.Optional.of(runs))
        .check(kit.write());
  }

  private static FixtureKit gallery(FixtureKit kit, String... names) throws IOException {
    for (String name : names) {
      kit.wrongSolution(
          name, List.of("returns a - b instead of a + b"), java.util.Map.of(ADDER, "// " + name));
    }
    return kit;
  }

  @Test
  @DisplayName(
      "a solution module holding a copy of a file the exercise gives, or a file of no exercise, is"
          + " a finding; the learner's files and new files beside them are not")
  void solutionHoldsOnlyLearnerFiles() throws IOException {
    Path kitRoot = new FixtureKit(root).write();
    Path exercise = kitRoot.resolve("exercises/demo");
    Path solution = kitRoot.resolve("solutions/demo");
    String given = "src/main/java/dev/roadmapkit/demo/adder/Numbers.java";
    for (String file :
        List.of(
            ADDER,
            given,
            "src/main/java/dev/roadmapkit/demo/adder/AdderHelper.java",
            "src/main/java/dev/roadmapkit/demo/other/Stray.java")) {
      Files.createDirectories(solution.resolve(file).getParent());
      Files.writeString(solution.resolve(file), "//");
    }
    Files.writeString(exercise.resolve(given), "//");

    KitReport report = new KitCheck(catalog(new FixtureKit(root)), 80).check(kitRoot);

    assertThat(report.findings())
        .extracting(Finding::message)
        .containsExactlyInAnyOrder(
            "solutions/demo/"
                + given
                + " is a copy of a file the exercise gives (it is not listed under files:):"
                + " delete it; the solution module compiles the exercise module's own",
            "solutions/demo/src/main/java/dev/roadmapkit/demo/other/Stray.java belongs to no"
                + " exercise: a solution holds the files listed under files: and new files in"
                + " their directories");
  }

  @Test
  @DisplayName(
      "write-tests: the learner's test classes are left to the grading tests, and every variant"
          + " must say its bug, replace a given file and differ from it")
  void writeTestsExercise() throws IOException {
    String learnerFile = "src/test/java/dev/roadmapkit/demo/adder/MyAdderTest.java";
    String learnerSource =
        "package "
            + FixtureKit.PACKAGE
            + ";\nimport org.junit.jupiter.api.*;\nclass MyAdderTest {\n"
            + "  @Test void learnersOwn() {}\n}\n";
    FixtureKit kit =
        new FixtureKit(root)
            .catalogFiles(List.of(learnerFile))
            .testSource("MyAdderTest", learnerSource);
    Path kitRoot = kit.write();
    Path exercise = kitRoot.resolve("exercises/demo");
    Files.createDirectories(exercise.resolve(learnerFile).getParent());
    Files.writeString(exercise.resolve(learnerFile), learnerSource);
    Path solution = kitRoot.resolve("solutions/demo");
    for (String file : List.of(learnerFile, "src/test/java/dev/roadmapkit/demo/other/Extra.java")) {
      Files.createDirectories(solution.resolve(file).getParent());
      Files.writeString(solution.resolve(file), "//");
    }
    Path variants = exercise.resolve("src/test/resources/dev/roadmapkit/demo/adder/variants");
    String correct = Files.readString(exercise.resolve(ADDER));
    Map<String, Map<String, String>> gallery =
        Map.of(
            "plusOne",
            Map.of(
                "Adder.java",
                correct.replace("throw new", "return a + b + 1; //"),
                "bug.txt",
                "adds one too many\n"),
            "same",
            Map.of(
                "Adder.java",
                "// a copy\n" + correct.replace("\n", "\n\n  "),
                "bug.txt",
                "adds right\n"),
            "noBug",
            Map.of("Adder.java", correct.replace("throw new", "return a - b; //")),
            "stray",
            Map.of("Other.java", "class Other {}", "bug.txt", "is elsewhere\n"));
    for (var variant : gallery.entrySet()) {
      for (var file : variant.getValue().entrySet()) {
        Path target = variants.resolve(variant.getKey()).resolve(file.getKey());
        Files.createDirectories(target.getParent());
        Files.writeString(target, file.getValue());
      }
    }

    KitReport report = new KitCheck(catalog(kit), 80).check(kitRoot);

    assertThat(report.findings())
        .extracting(Finding::toString)
        .noneMatch(f -> f.contains("MyAdderTest"))
        .contains(
            "demo/adder: [1 solutions pass] variant same is identical to the correct code"
                + " (comments and spacing aside), so no test can catch it: give it the bug its"
                + " bug.txt describes",
            "demo/adder: [4 catalog] variant noBug has no bug.txt: write one line saying what it"
                + " gets wrong, in the learner's words (it is shown when the learner's tests miss"
                + " it)",
            "demo/adder: [4 catalog] variant stray has Other.java, which replaces no file of the"
                + " exercise's package")
        .anyMatch(
            f ->
                f.contains(
                    "solutions/demo/src/test/java/dev/roadmapkit/demo/other/Extra.java belongs to no"
                        + " exercise"));
    assertThat(report.findings())
        .extracting(Finding::toString)
        .noneMatch(f -> f.contains("at least 3 buggy variants"));
  }

  @Test
  @DisplayName("a gallery whose every wrong solution is rejected passes and is counted")
  void rejectedGalleryPasses() throws IOException {
    NamedVerdicts runs = new NamedVerdicts();
    KitReport report =
        checkWithGallery(gallery(new FixtureKit(root), "minus", "times", "first-only"), runs);
    assertThat(report.findings()).isEmpty();
    assertThat(runs.ran).containsExactly("first-only", "minus", "times");
    assertThat(report.summaryLine()).endsWith("; wrong solutions 3/3 rejected");
  }

  @Test
  @DisplayName("a wrong solution that passes every test fails the check, naming exercise and bug")
  void acceptedWrongSolutionIsAFinding() throws IOException {
    KitReport report =
        checkWithGallery(
            gallery(new FixtureKit(root), "minus", "times", "passes-subtraction"),
            new NamedVerdicts());
    assertThat(report.passed()).isFalse();
    assertThat(report.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.subject()).isEqualTo(FixtureKit.EXERCISE);
              assertThat(f.invariant()).isEqualTo(Finding.Invariant.WRONG_SOLUTIONS);
              assertThat(f.toString())
                  .contains("[9 wrong solutions rejected]")
                  .contains("wrong solution passes-subtraction passes all 3 tests")
                  .contains("returns a - b instead of a + b");
            });
    assertThat(report.summaryLine()).endsWith("; wrong solutions 2/3 rejected");
  }

  @Test
  @DisplayName("fewer than three wrong solutions is a finding that says where they go")
  void smallGalleryIsAFinding() throws IOException {
    KitReport report =
        checkWithGallery(gallery(new FixtureKit(root), "minus"), new NamedVerdicts());
    assertThat(report.findings())
        .extracting(Finding::message)
        .containsExactly(
            "has 1 wrong solution, at least 3 are needed: add the mistakes learners make as"
                + " solutions/demo/wrong/adder/<name>/ (a one-line bug.txt and the learner files"
                + " with the mistake in them)");
  }

  @Test
  @DisplayName(
      "a wrong solution without a one-line bug.txt, replacing a file the learner does not edit, or"
          + " not compiling is a finding")
  void malformedEntriesAreFindings() throws IOException {
    FixtureKit kit = gallery(new FixtureKit(root), "minus", "times", "first-only", "broken-syntax");
    kit.wrongSolution("two-lines", List.of("one", "two"), java.util.Map.of(ADDER, "//"));
    kit.wrongSolution(
        "given-type",
        List.of("changes a type the exercise gives"),
        java.util.Map.of("src/main/java/dev/roadmapkit/demo/adder/Given.java", "//"));
    kit.wrongSolution("nothing", List.of("replaces nothing"), java.util.Map.of());
    KitReport report = checkWithGallery(kit, new NamedVerdicts());
    assertThat(report.findings())
        .extracting(Finding::message)
        .anySatisfy(
            m ->
                assertThat(m)
                    .contains("broken-syntax does not compile, so it proves nothing: Adder.java:3"))
        .anySatisfy(m -> assertThat(m).contains("two-lines's bug.txt has 2 lines"))
        .anySatisfy(
            m ->
                assertThat(m)
                    .contains(
                        "given-type holds src/main/java/dev/roadmapkit/demo/adder/Given.java, which is not a learner file"))
        .anySatisfy(m -> assertThat(m).contains("nothing replaces no learner file"))
        .hasSize(4);
  }

  @Test
  @DisplayName(
      "an exercise listed as pending reports its gallery's gaps without failing, until it is"
          + " complete and must leave the list")
  void pendingGallery() throws IOException {
    FixtureKit kit = gallery(new FixtureKit(root), "minus", "passes-subtraction");
    java.nio.file.Files.createDirectories(root.resolve("solutions"));
    java.nio.file.Files.writeString(
        root.resolve("solutions/wrong-solutions-pending.txt"),
        "# galleries being written\n" + FixtureKit.EXERCISE + "\n");
    KitReport pending = checkWithGallery(kit, new NamedVerdicts());
    assertThat(pending.findings()).isEmpty();
    assertThat(pending.pendingGalleries())
        .hasSize(2)
        .anySatisfy(l -> assertThat(l).contains("passes-subtraction passes all 3 tests"))
        .anySatisfy(l -> assertThat(l).contains("has 2 wrong solutions, at least 3"));
    assertThat(pending.summaryLine())
        .endsWith("; wrong solutions 1/2 rejected (1 exercises' galleries pending)");

    java.nio.file.Files.walk(root.resolve("solutions/demo/wrong/adder/passes-subtraction"))
        .sorted(java.util.Comparator.reverseOrder())
        .forEach(f -> f.toFile().delete());
    gallery(kit, "times", "first-only");
    KitReport complete = checkWithGallery(kit, new NamedVerdicts());
    assertThat(complete.findings())
        .extracting(Finding::message)
        .containsExactly(
            "its gallery is complete and every wrong solution is rejected: remove it from"
                + " solutions/wrong-solutions-pending.txt");
  }

  @Test
  @DisplayName("a gallery directory that names no exercise is a finding")
  void galleryOfUnknownExercise() throws IOException {
    FixtureKit kit = gallery(new FixtureKit(root), "minus", "times", "first-only");
    java.nio.file.Files.createDirectories(root.resolve("solutions/demo/wrong/adderr/minus"));
    KitReport report = checkWithGallery(kit, new NamedVerdicts());
    assertThat(report.findings())
        .extracting(Finding::message)
        .containsExactly(
            "solutions/demo/wrong/adderr names no exercise of the module (known: adder)");
  }

  @Test
  @DisplayName("a sound kit passes and the summary line counts what was proven")
  void soundKitPasses() throws IOException {
    KitReport report = check(new FixtureKit(root));
    assertThat(report.findings()).isEmpty();
    assertThat(report.summaryLine())
        .isEqualTo(
            "kit: 1 exercises, 3 tests; solutions 3/3 pass; starting code 2/2 non-guard fail, 1 guard;"
                + " api parity ok; catalog ok; every test ran ok; topics practised 1/3, reading-only 0; mutation score 90% (bar 80%); wrong solutions not run");
  }

  @Test
  @DisplayName("a non-guard test that passes on the starting code is a finding")
  void testPassingOnStartingCode() throws IOException {
    KitReport report =
        check(new FixtureKit(root).passesOnStartingCode("AdderTest", "addsNegativeNumbers"));
    assertThat(report.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.subject()).isEqualTo("demo/adder");
              assertThat(f.invariant()).isEqualTo(Finding.Invariant.STARTING_CODE_FAILS);
              assertThat(f.message())
                  .contains("AdderTest.addsNegativeNumbers passes on the starting code");
            });
    assertThat(report.summaryLine()).contains("starting code 1/2 non-guard fail");
  }

  @Test
  @DisplayName("a guard that fails on the starting code is a finding")
  void guardFailingOnStartingCode() throws IOException {
    KitReport report = check(new FixtureKit(root).failsOnStartingCode("AdderTest", "classIsFinal"));
    assertThat(report.findings())
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.toString())
                    .contains("demo/adder")
                    .contains("classIsFinal is a guard"));
  }

  @Test
  @DisplayName("a test that fails against the solution is a finding with its message")
  void solutionFailing() throws IOException {
    KitReport report = check(new FixtureKit(root).failsOnSolution("AdderTest", "addsTwoNumbers"));
    assertThat(report.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.subject()).isEqualTo("demo/adder");
              assertThat(f.invariant()).isEqualTo(Finding.Invariant.SOLUTIONS_PASS);
              assertThat(f.message())
                  .contains("addsTwoNumbers fails")
                  .contains("expected 3 but was 4");
            });
  }

  @Test
  @DisplayName("a test that exists but never ran (an engine that ran nothing) is a finding")
  void discoveredButNotRun() throws IOException {
    KitReport report = check(new FixtureKit(root).notRunOnSolution("AdderTest", "addsTwoNumbers"));
    assertThat(report.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.subject()).isEqualTo("demo/adder");
              assertThat(f.invariant()).isEqualTo(Finding.Invariant.EVERY_TEST_RUNS);
              assertThat(f.message())
                  .contains("AdderTest.addsTwoNumbers exists but did not run against the solution");
            });
  }

  @Test
  @DisplayName("a solution whose public API differs from the starting code is a finding")
  void apiDiffers() throws IOException {
    FixtureKit kit =
        new FixtureKit(root)
            .solutionSource(
                "Adder",
                "package "
                    + FixtureKit.PACKAGE
                    + ";\n"
                    + "public final class Adder {\n"
                    + "  public long add(long a, long b) { return a + b; }\n"
                    + "}\n");
    KitReport report = check(kit);
    assertThat(report.findings())
        .extracting(Finding::toString)
        .containsExactlyInAnyOrder(
            "demo/adder: [3 api parity] only the starting code has: dev.roadmapkit.demo.adder.Adder public int dev.roadmapkit.demo.adder.Adder.add(int,int)",
            "demo/adder: [3 api parity] only the solution has: dev.roadmapkit.demo.adder.Adder public long dev.roadmapkit.demo.adder.Adder.add(long,long)");
    assertThat(report.summaryLine()).contains("api parity 2 problems");
  }

  @Test
  @DisplayName(
      "an exercise whose mutation score is below the exercise bar is a finding that lists the"
          + " surviving mutants in words")
  void weakTests() throws IOException {
    KitReport report = check(new FixtureKit(root).mutationScore(10, 7));
    assertThat(report.findings())
        .extracting(Finding::toString)
        .containsExactlyInAnyOrder(
            "demo/adder: [8 mutation score] mutation score 70% (7/10) is below the exercise bar of"
                + " 75%: no test fails when the reference solution is changed so:\n"
                + "      Adder.add line 3: replaced int return with 0 (SURVIVED)\n"
                + "      Adder.add line 3: replaced int return with 0 (SURVIVED)\n"
                + "      Adder.add line 3: replaced int return with 0 (SURVIVED)",
            "kit: [8 mutation score] mutation score 70% (7/10) is below the kit's bar of 80%:"
                + " strengthen the exercises with the lowest scores");
    assertThat(report.moduleLines())
        .containsExactly(
            "  demo                  1 exercises    3 tests  mutation score 70% (7/10)",
            "    adder                           3 tests  mutation 70% (7/10)");
  }

  @Test
  @DisplayName("exercises above their bar can still leave the kit below its own")
  void kitBelowItsBar() throws IOException {
    KitReport report = check(new FixtureKit(root).mutationScore(100, 78));
    assertThat(report.findings())
        .extracting(Finding::toString)
        .containsExactly(
            "kit: [8 mutation score] mutation score 78% (78/100) is below the kit's bar of 80%:"
                + " strengthen the exercises with the lowest scores");
  }

  @Test
  @DisplayName(
      "a test class that no exercise lists is a finding; so is a listed class without tests")
  void unlistedTestClass() throws IOException {
    KitReport report =
        check(new FixtureKit(root).catalogTests(List.of(FixtureKit.PACKAGE + ".MissingTest")));
    assertThat(report.findings())
        .extracting(Finding::message)
        .anySatisfy(
            m ->
                assertThat(m)
                    .contains(
                        "test class dev.roadmapkit.demo.adder.AdderTest belongs to no exercise"))
        .anySatisfy(
            m ->
                assertThat(m).contains("MissingTest is listed in exercises.yaml but has no tests"));
  }

  @Test
  @DisplayName("a README that does not mention the exercise is a finding")
  void readmeMissesExercise() throws IOException {
    KitReport report = check(new FixtureKit(root).readme("# demo\n"));
    assertThat(report.findings())
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.toString())
                    .contains("demo/adder")
                    .contains("README.md does not describe"));
  }

  @Test
  @DisplayName(
      "a README that speaks of the CLI or the solutions outside a kit-only block is a finding")
  void readmeMentionsKitOutsideBlock() throws IOException {
    String readme =
        "# demo\n\n## demo/adder\n\n<!-- kit-only -->\n./roadmap hint demo/adder\n<!-- /kit-only"
            + " -->\n\nThe answer is under solutions/demo.\n";
    KitReport report = check(new FixtureKit(root).readme(readme));
    assertThat(report.findings())
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.toString())
                    .contains("'solutions/' on line 9")
                    .contains("outside a <!-- kit-only --> block"));
  }

  /** The fixture's catalog in a roadmap of two sections, demo's "programming" and "internet". */
  private static CatalogSource sectioned(FixtureKit kit, Map<String, String> readingOnly) {
    CatalogSource plain = catalog(kit);
    return new CatalogSource() {
      @Override
      public ModuleView read(Path moduleDir) {
        ModuleView view = plain.read(moduleDir);
        return new ModuleView(
            view.module(), Optional.of("programming"), view.exercises(), view.problems());
      }

      @Override
      public Set<String> topics() {
        return Set.of("core-programming-concepts", "clean-code", "choosing-a-language", "http");
      }

      @Override
      public Map<String, List<String>> sectionTopics() {
        Map<String, List<String>> sections = new java.util.LinkedHashMap<>();
        sections.put(
            "programming",
            List.of("core-programming-concepts", "clean-code", "choosing-a-language"));
        sections.put("internet", List.of("http"));
        return sections;
      }

      @Override
      public Map<String, String> readingOnly() {
        return readingOnly;
      }
    };
  }

  @Test
  @DisplayName(
      "a topic of a section with a module, neither practised nor reading-only, fails the check with"
          + " its id")
  void unpractisedTopicOfAModuledSection() throws IOException {
    KitReport report =
        new KitCheck(
                sectioned(new FixtureKit(root), Map.of("choosing-a-language", "A choice.")), 80)
            .check(new FixtureKit(root).write());

    assertThat(report.findings())
        .as("findings when clean-code is neither practised nor reading-only")
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.toString())
                    .contains("topic 'clean-code' of section 'programming'")
                    .contains("neither practised nor reading-only")
                    .contains("exercises/demo/exercises.yaml"));
    assertThat(report.sectionsWithoutModule())
        .as("sections reported, not failed, for want of a module")
        .containsExactly("internet (1 topic)");
    assertThat(report.summaryLine()).contains("topics practised 1/4, reading-only 1;");
  }

  @Test
  @DisplayName("every topic of a section with a module practised or reading-only passes")
  void everyTopicCovered() throws IOException {
    KitReport report =
        new KitCheck(
                sectioned(
                    new FixtureKit(root),
                    Map.of("choosing-a-language", "A choice.", "clean-code", "Not yet.")),
                80)
            .check(new FixtureKit(root).write());

    assertThat(report.findings()).as("findings").isEmpty();
    assertThat(report.summaryLine()).contains("topics practised 1/4, reading-only 2;");
  }

  @Test
  @DisplayName("a reading-only topic that an exercise practises is a finding")
  void readingOnlyAndPractised() throws IOException {
    KitReport report =
        new KitCheck(
                sectioned(
                    new FixtureKit(root),
                    Map.of(
                        "choosing-a-language", "A choice.",
                        "clean-code", "Not yet.",
                        "core-programming-concepts", "Read it.")),
                80)
            .check(new FixtureKit(root).write());

    assertThat(report.findings())
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.toString())
                    .contains("topic 'core-programming-concepts' is marked reading-only")
                    .contains("Read it."));
  }

  @Test
  @DisplayName("a starting-code check that needs more than one screen is a finding of the exercise")
  void startingCheckBeyondOneScreen() throws IOException {
    StringBuilder source =
        new StringBuilder("package dev.roadmapkit.demo.adder;\nimport org.junit.jupiter.api.*;\n")
            .append("class AdderTest {\n")
            .append("  @Test void addsTwoNumbers() {}\n")
            .append("  @Test void addsNegativeNumbers() {}\n")
            .append("  @Test @Tag(\"guard\") void classIsFinal() {}\n");
    FixtureKit kit = new FixtureKit(root);
    for (int i = 0; i < 30; i++) {
      source.append("  @Test void needs").append(i).append("() {}\n");
      kit.skippedOnStartingCode("AdderTest", "needs" + i, "service " + (char) ('a' + i % 26) + i)
          .passesOnSolution("AdderTest", "needs" + i);
    }
    kit.testSource("AdderTest", source.append("}\n").toString());

    KitReport report = check(kit);

    assertThat(report.findings())
        .anySatisfy(
            f ->
                assertThat(f.toString())
                    .contains("demo/adder")
                    .contains("./roadmap check on the starting code prints 40 lines")
                    .contains("more than one screen (24)"));
  }

  @Test
  @DisplayName("parameterized invocations and jqwik labels count as one test")
  void invocationsFoldIntoOneTest() {
    TestKey adds = new TestKey("a.B", "addsTwoNumbers");
    TestKey holds = new TestKey("a.B", "sizeNeverExceedsCapacity");
    List<DiscoveredTest> discovered =
        List.of(
            new DiscoveredTest(adds, false),
            new DiscoveredTest(
                holds, false, java.util.Optional.of("size never exceeds (capacity)")));
    TestOutcome passed = new TestOutcome(TestOutcome.Status.PASSED, "", 1);
    TestOutcome failed = new TestOutcome(TestOutcome.Status.FAILED, "boom", 1);
    var outcomes =
        KitCheck.outcomes(
            discovered,
            List.of(
                new ReportedCase("a.B", "addsTwoNumbers(int, int)[1]", passed),
                new ReportedCase("a.B", "addsTwoNumbers(int, int)[2]", failed),
                new ReportedCase("a.B", "size never exceeds (capacity)", passed)));
    assertThat(outcomes.get(adds)).isEqualTo(new TestOutcome(TestOutcome.Status.FAILED, "boom", 2));
    assertThat(outcomes.get(holds)).isEqualTo(passed);
  }
}
