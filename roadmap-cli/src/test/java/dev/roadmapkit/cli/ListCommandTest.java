package dev.roadmapkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("./roadmap list")
class ListCommandTest {

  @Test
  @DisplayName("lists every module's exercises with difficulty, points and state")
  void all(@TempDir Path dir) throws Exception {
    FixtureKit fixture = FixtureKit.in(dir);
    fixture.write(FixtureKit.ADDER, FixtureKit.ADDER_SOLVED);
    fixture.run("check", "basics/adder");
    fixture.run("hint", "basics/greeter");

    FixtureKit.Result result = fixture.run("list");

    assertThat(result.exit()).isZero();
    assertThat(result.out())
        .contains("Basics  (exercises/basics, 1/2 passing)")
        .containsPattern("\u2714 basics/adder +easy +2 pts  Add two numbers")
        .containsPattern("\u00b7 basics/greeter +easy +3 pts  Greet by name  \\(hints 1/2\\)");
  }

  @Test
  @DisplayName("one module, with where its story is")
  void oneModule(@TempDir Path dir) throws Exception {
    FixtureKit.Result result = FixtureKit.in(dir).run("list", "basics");

    assertThat(result.exit()).isZero();
    assertThat(result.out()).contains("basics/adder").contains("exercises/basics/README.md");
  }

  @Test
  @DisplayName("a mistyped module gets 'did you mean' and exit 2")
  void mistyped(@TempDir Path dir) throws Exception {
    FixtureKit.Result result = FixtureKit.in(dir).run("list", "basic");

    assertThat(result.exit()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(result.err().strip())
        .isEqualTo("roadmap: unknown module 'basic'; did you mean 'basics'?");
  }
}
