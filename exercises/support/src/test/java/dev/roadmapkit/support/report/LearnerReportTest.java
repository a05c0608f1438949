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
