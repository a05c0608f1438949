package dev.roadmapkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("./roadmap and ./roadmap status")
class StatusCommandTest {

  @Test
  @DisplayName(
      "on a fresh kit: the roadmap with bars, the next exercise, its file, and its first failure")
  void freshKit(@TempDir Path dir) throws Exception {
    FixtureKit fixture = FixtureKit.in(dir);

    FixtureKit.Result result = fixture.run();

    assertThat(result.exit()).isZero();
    assertThat(result.out())
        .contains("Backend Developer Roadmap")
        .containsPattern("Overall +\\[-{20}\\] +0%  0/110 topics, 0/2 exercises")
        .contains("\nFrom the blog roadmap:\n 1. Internet ")
        .contains("15. Advanced Topics")
        .contains("\n\nFrom roadmap.sh:\n16. Search Engines ")
        .containsPattern("21\\. Building for Scale +\\[-{20}\\] +0%  0/4 topics\n")
        .containsPattern("4\\. Learn Programming +\\[-{20}\\] +0%  0/6 topics, 0/2 exercises")
        .contains("      \u2718 basics/adder    Add two numbers")
        .contains("      \u00b7 basics/greeter  Greet by name")
        .contains("Next: basics/adder  Add two numbers (easy, 2 points, about 5 min)")
        .contains(
            "open   exercises/basics/src/main/java/dev/roadmapkit/basics/adder/Adder.java and read"
                + " the task in its Javadoc")
        .contains("first failing test (2 of 2 not passing): adds")
        .contains("UnsupportedOperationException: TODO basics/adder: return the sum of a and b")
        .contains("then   ./roadmap check basics/adder");
    assertThat(result.err()).isEmpty();
    assertThat(fixture.progressJson()).contains("\"basics/adder\"").contains("\"failing\"");
  }

  @Test
  @DisplayName("status marks passing exercises and moves on to the next")
  void movesOn(@TempDir Path dir) throws Exception {
    FixtureKit fixture = FixtureKit.in(dir);
    fixture.write(FixtureKit.ADDER, FixtureKit.ADDER_SOLVED);

    FixtureKit.Result result = fixture.run("status");

    assertThat(result.exit()).isZero();
    assertThat(result.out())
        .contains("\u2714 basics/adder")
        .contains("Next: basics/greeter")
        .contains("the greeting for Ada");
  }

  @Test
  @DisplayName("--no-run shows the recorded progress without running tests")
  void noRun(@TempDir Path dir) throws Exception {
    FixtureKit fixture = FixtureKit.in(dir);

    FixtureKit.Result result = fixture.run("status", "--no-run");

    assertThat(result.exit()).isZero();
    assertThat(result.out()).contains("Next: basics/adder").contains("its tests have not run yet");
    assertThat(fixture.progressJson()).isEmpty();
  }

  @Test
  @DisplayName(
      "a missing build that cannot be made: the roadmap still shows, then one line saying how")
  void missingBuild(@TempDir Path dir) throws Exception {
    FixtureKit fixture = FixtureKit.in(dir);
    java.nio.file.Files.delete(fixture.file("exercises/basics/target/test-classpath.txt"));

    FixtureKit.Result result = fixture.run();

    assertThat(result.exit()).isEqualTo(ExitCode.KIT_PROBLEM.code());
    assertThat(result.out()).contains("Next: basics/adder");
    assertThat(result.err().strip())
        .startsWith("roadmap: exercises/basics is not ready to check")
        .endsWith("build it with ./mvnw -q test-compile -pl exercises/basics -am");
  }
}
