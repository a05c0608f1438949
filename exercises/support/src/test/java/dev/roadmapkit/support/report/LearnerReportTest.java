package dev.roadmapkit.support.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

@DisplayName("The learner report prints one line per test and what to do next")
class LearnerReportTest {

  static class Fixture {
    @Test
    @DisplayName("adds two numbers")
    void passes() {}

    @Test
    @DisplayName("evicts the least recently used entry")
    void failsAnAssertion() {
      Assertions.fail("after get(\"a\"), \"b\" is the least recently used and must go first");
    }

    @Test
    @DisplayName("reads through the cache")
    void hitsTheTodo() {
      throw new UnsupportedOperationException("TODO support/report: implement get");
    }
  }

  static class SameReasonFixture {
    @Test
    @DisplayName("gets an entry")
    void first() {
      throw new UnsupportedOperationException("TODO support/report: implement get");
    }

    @Test
    @DisplayName("gets another entry")
    void second() {
      throw new UnsupportedOperationException("TODO support/report: implement get");
    }

    @Test
    @DisplayName("expects size 3")
    void third() {
      Assertions.fail("expected size 3 after put(\"a\")");
    }

    @Test
    @DisplayName("expects size 4")
    void fourth() {
      Assertions.fail("expected size 4 after put(\"b\")");
    }

    @Test
    @DisplayName("gets a third entry")
    void fifth() {
      throw new UnsupportedOperationException("TODO support/report: implement get");
    }
  }

  @Test
  @DisplayName("tests that fail for the same reason show it once, then are named one line each")
  void groupsSameReason(@TempDir Path module) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    LearnerReport report =
        new LearnerReport(
            new PrintStream(bytes, true, StandardCharsets.UTF_8),
            ExerciseNames.fromModuleDirectory(module),
            true);
    LauncherFactory.create()
        .execute(
            LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(SameReasonFixture.class))
                .build(),
            report);
    String output = bytes.toString(StandardCharsets.UTF_8);
    assertThat(output.split("implement get", -1))
        .as("the TODO message, printed once for the three tests it fails\n" + output)
        .hasSize(2);
    assertThat(output.split("after put", -1))
        .as("one of the two size failures in full, the other named under it")
        .hasSize(2);
    assertThat(output)
        .contains("    2 more tests fail for the same reason:\n")
        .contains("    1 more test fails for the same reason:\n")
        .containsPattern("expected size [34] after put")
        .contains("support/report  0/5 passing  5 of 5 failing");
  }

  static class PropertyFixture {
    @net.jqwik.api.Property(tries = 50, seed = "42")
    boolean smallNumbersOnly(
        @net.jqwik.api.ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 100) int number) {
      return number < 10;
    }
  }

  @Test
  @DisplayName("a failing property shows the sample that falsified it")
  void showsFalsifiedSample() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    LearnerReport report =
        new LearnerReport(
            new PrintStream(bytes, true, StandardCharsets.UTF_8),
            ExerciseNames.fromWorkingDirectory(),
            true);
    LauncherFactory.create()
        .execute(
            LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(PropertyFixture.class))
                .configurationParameter("jqwik.reporting.usejunitplatform", "true")
                .configurationParameter("jqwik.database", "target/jqwik-database-fixture")
                .configurationParameter("jqwik.failures.after.default", "RANDOM_SEED")
                .build(),
            report);
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("smallNumbersOnly")
        .contains("      falsified by: number: 10");
  }

  private static String run(ExerciseNames names) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    LearnerReport report = new LearnerReport(out, names, true);
    LauncherFactory.create()
        .execute(
            LauncherDiscoveryRequestBuilder.request().selectors(selectClass(Fixture.class)).build(),
            report);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("groups tests under the exercise id from exercises.yaml")
  void groupsUnderExercise(@TempDir Path module) throws Exception {
    Path dir = Files.createDirectories(module.resolve("support"));
    Files.writeString(dir.resolve("exercises.yaml"), "exercises:\n  - id: re-port\n");
    String output = run(ExerciseNames.fromModuleDirectory(dir));
    assertThat(output)
        .contains("support/re-port\n")
        .contains("adds two numbers")
        .contains("evicts the least recently used entry\n")
        .contains("      after get(\"a\"), \"b\" is the least recently used and must go first")
        .contains("UnsupportedOperationException: TODO support/report: implement get")
        .contains("support/re-port  1/3 passing  2 of 3 failing")
        .doesNotContain("\tat org.junit");
  }

  @Test
  @DisplayName("without a catalog the package names the exercise")
  void fallsBackToPackage(@TempDir Path module) {
    String output = run(ExerciseNames.fromModuleDirectory(module));
    assertThat(output).contains("support/report\n");
  }

  @Test
  @DisplayName("prints nothing unless roadmap.report=console")
  void silentByDefault() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    LearnerReport report =
        new LearnerReport(
            new PrintStream(bytes, true, StandardCharsets.UTF_8),
            ExerciseNames.fromWorkingDirectory(),
            null);
    LauncherFactory.create()
        .execute(
            LauncherDiscoveryRequestBuilder.request().selectors(selectClass(Fixture.class)).build(),
            report);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEmpty();
  }
}
