package dev.roadmapkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("./roadmap dev check and dev bench")
class DevCheckCommandTest {

  @Test
  @DisplayName(
      "dev check runs starting code and solutions through the runner and proves the invariants")
  void soundKit(@TempDir Path dir) throws Exception {
    FixtureKit.Result result = FixtureKit.in(dir).run("dev", "check");

    assertThat(result.exit()).as(result.out() + result.err()).isZero();
    assertThat(result.out())
        .contains("Kit check")
        .contains("tests ran through the roadmap runner")
        .contains(
            "kit: 2 exercises, 3 tests; solutions 3/3 pass; starting code 3/3 non-guard fail,"
                + " 0 guards; api parity ok; catalog ok; every test ran ok")
        .contains("; wrong solutions 6/6 rejected");
  }

  @Test
  @DisplayName("dev check fails on a wrong solution the tests let through, naming exercise and bug")
  void acceptedWrongSolution(@TempDir Path dir) throws Exception {
    FixtureKit fixture = FixtureKit.in(dir);
    FixtureKit.writeWrongSolution(
        dir.resolve("solutions/basics"),
        "adder",
        "adds-through-long",
        "adds through a long, which the two tests cannot tell from a + b",
        FixtureKit.ADDER_SOLVED.replace("a + b", "(int) ((long) a + b)"));

    FixtureKit.Result result = fixture.run("dev", "check");

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.out())
        .contains(
            "basics/adder: [9 wrong solutions rejected] wrong solution adds-through-long"
                + " passes all 2 tests, so a learner who makes this mistake is told the exercise is"
                + " solved: adds through a long, which the two tests cannot tell from a + b")
        .contains("; wrong solutions 6/7 rejected");
  }

  @Test
  @DisplayName("dev wrong runs one exercise's gallery and says which test rejected each entry")
  void devWrong(@TempDir Path dir) throws Exception {
    FixtureKit.Result result = FixtureKit.in(dir).run("dev", "wrong", "basics/greeter");

    assertThat(result.exit()).as(result.out() + result.err()).isZero();
    assertThat(result.out())
        .contains("basics/greeter  (3 wrong solutions)")
        .contains("  ✔ hi: rejected by: greets by name")
        .contains("wrong solutions 3/3 rejected");
  }

  @Test
  @DisplayName(
      "a wrong solution's run stops at its first failing test: the tests after it are not run")
  void wrongSolutionStopsAtFirstFailure(@TempDir Path dir) throws Exception {
    // a - b fails both of the adder's tests ("adds negative numbers" comes first by name).
    FixtureKit.Result result = FixtureKit.in(dir).run("dev", "wrong", "basics/adder");

    assertThat(result.exit()).as(result.out() + result.err()).isZero();
    assertThat(result.out())
        .contains("  ✔ subtracts: rejected by: adds negative numbers\n")
        .contains("wrong solutions 3/3 rejected");
  }

  @Test
  @DisplayName(
      "a wrong solution is judged only by tests the reference passes in the same runner: with a"
          + " failing reference no entry counts as rejected")
  void failingReferenceRejectsNothing(@TempDir Path dir) throws Exception {
    FixtureKit fixture = FixtureKit.in(dir);
    fixture.write(
        "solutions/basics/src/main/java/dev/roadmapkit/basics/adder/Adder.java",
        FixtureKit.ADDER_SOLVED.replace("a + b", "Math.abs(a + b)"));

    FixtureKit.Result result = fixture.run("dev", "wrong", "basics/adder");

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.out())
        .contains(
            "cannot run: the reference solution fails 1 of its 2 tests in the CLI's runner, so no"
                + " wrong solution can be judged there. First: adds negative numbers")
        .contains("wrong solutions 0/3 rejected");
  }

  @Test
  @DisplayName("dev check finds a solution that fails its tests")
  void brokenSolution(@TempDir Path dir) throws Exception {
    FixtureKit fixture = FixtureKit.in(dir);
    fixture.write(
        "solutions/basics/src/main/java/dev/roadmapkit/basics/adder/Adder.java",
        FixtureKit.ADDER_SOLVED.replace("a + b", "a - b"));

    FixtureKit.Result result = fixture.run("dev", "check");

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.out())
        .contains("The kit is broken")
        .contains("AdderTest.addsTwoNumbers fails against the reference solution");
  }

  @Test
  @DisplayName("dev bench times warm re-checks in one runner and prints the median")
  void bench(@TempDir Path dir) throws Exception {
    FixtureKit.Result result =
        FixtureKit.in(dir).run("dev", "bench", "basics/adder", "--runs", "3", "--warmup", "1");

    assertThat(result.exit()).isZero();
    assertThat(result.out())
        .contains("  re-check 3: ")
        .containsPattern("basics/adder: median \\d+ ms over 3 warm re-checks");
  }
}
