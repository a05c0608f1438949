package dev.roadmapkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("./roadmap solution")
class SolutionCommandTest {

  @Test
  @DisplayName("without a console and without --yes: refuses in one line, exit 2, shows nothing")
  void refusesWithoutConsole(@TempDir Path dir) throws Exception {
    FixtureKit.Result result = FixtureKit.in(dir).run("solution", "basics/adder");

    assertThat(result.exit()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(result.err().lines()).hasSize(1);
    assertThat(result.err()).contains("add --yes");
    assertThat(result.out()).doesNotContain("return a + b");
  }

  @Test
  @DisplayName("with --yes: a unified diff, the learner's lines as -, the reference's as +")
  void diff(@TempDir Path dir) throws Exception {
    FixtureKit.Result result = FixtureKit.in(dir).run("solution", "basics/adder", "--yes");

    assertThat(result.exit()).isZero();
    assertThat(result.out())
        .contains(
            "--- exercises/basics/src/main/java/dev/roadmapkit/basics/adder/Adder.java (yours)")
        .contains(
            "+++ solutions/basics/src/main/java/dev/roadmapkit/basics/adder/Adder.java (reference)")
        .contains("@@ -1,8 +1,8 @@")
        .contains("-    throw new UnsupportedOperationException(")
        .contains("+    return a + b;");
  }

  @Test
  @DisplayName("on a console: asks first, and shows nothing when the answer is not yes")
  void declined(@TempDir Path dir) throws Exception {
    FixtureKit.Result result = FixtureKit.in(dir).console("n\n").run("solution", "basics/adder");

    assertThat(result.exit()).isEqualTo(ExitCode.CANCELLED.code());
    assertThat(result.out()).contains("[y/N]").contains("Not shown.").doesNotContain("+++");
  }

  @Test
  @DisplayName("on a console: shows the diff after yes")
  void confirmed(@TempDir Path dir) throws Exception {
    FixtureKit.Result result = FixtureKit.in(dir).console("y\n").run("solution", "basics/adder");

    assertThat(result.exit()).isZero();
    assertThat(result.out()).contains("+    return a + b;");
  }

  @Test
  @DisplayName("code equal to the reference says so")
  void same(@TempDir Path dir) throws Exception {
    FixtureKit fixture = FixtureKit.in(dir);
    fixture.write(FixtureKit.ADDER, FixtureKit.ADDER_SOLVED);

    FixtureKit.Result result = fixture.run("solution", "basics/adder", "--yes");

    assertThat(result.out()).contains("is the same as the reference solution");
  }
}
