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
                + " 0 guards; api parity ok; catalog ok; every test ran ok");
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
