package dev.roadmapkit.kitcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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
                    List.of("src/main/java/dev/roadmapkit/demo/adder/Adder.java"),
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

  @Test
  @DisplayName("a sound kit passes and the summary line counts what was proven")
  void soundKitPasses() throws IOException {
    KitReport report = check(new FixtureKit(root));
    assertThat(report.findings()).isEmpty();
    assertThat(report.summaryLine())
        .isEqualTo(
            "kit: 1 exercises, 3 tests; solutions 3/3 pass; starting code 2/2 non-guard fail, 1 guard;"
                + " api parity ok; catalog ok; every test ran ok; topics practised 1/3; mutation score 90% (bar 80%)");
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
  @DisplayName("a mutation score below the bar is a finding that lists the surviving mutants")
  void weakTests() throws IOException {
    KitReport report = check(new FixtureKit(root).mutationScore(10, 7));
    assertThat(report.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.invariant()).isEqualTo(Finding.Invariant.MUTATION_SCORE);
              assertThat(f.message())
                  .contains("70% is below the bar of 80%")
                  .contains("Adder.add line 3");
            });
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
