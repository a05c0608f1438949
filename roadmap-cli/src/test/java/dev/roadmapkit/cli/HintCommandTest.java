package dev.roadmapkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("./roadmap hint")
class HintCommandTest {

  @Test
  @DisplayName("gives the next hint each time, and remembers how many were shown")
  void progressive(@TempDir Path dir) throws Exception {
    FixtureKit fixture = FixtureKit.in(dir);

    FixtureKit.Result first = fixture.run("hint", "basics/adder");
    FixtureKit.Result second = fixture.run("hint", "basics/adder");
    FixtureKit.Result third = fixture.run("hint", "basics/adder");

    assertThat(first.out())
        .contains("Hint 1 of 3 for basics/adder:")
        .contains("  The plus operator adds two ints.")
        .contains("2 more hints: ./roadmap hint basics/adder");
    assertThat(second.out())
        .contains("Hint 2 of 3")
        .contains("Return the sum instead of throwing.");
    assertThat(third.out())
        .contains("Hint 3 of 3")
        .contains("return a + b;")
        .contains("That was the last hint.");
    assertThat(fixture.progressJson()).contains("\"hintsShown\" : 3");
  }

  @Test
  @DisplayName("after the last hint: says so, repeats it, and points at the solution")
  void exhausted(@TempDir Path dir) throws Exception {
    FixtureKit fixture = FixtureKit.in(dir);
    fixture.run("hint", "basics/greeter");
    fixture.run("hint", "basics/greeter");

    FixtureKit.Result result = fixture.run("hint", "basics/greeter");

    assertThat(result.exit()).isZero();
    assertThat(result.out())
        .contains("You have seen all 2 hints for basics/greeter; the last one:")
        .contains("./roadmap solution basics/greeter");
    assertThat(fixture.progressJson()).contains("\"hintsShown\" : 2");
  }

  @Test
  @DisplayName("a mistyped id gets 'did you mean' and shows no hint")
  void mistyped(@TempDir Path dir) throws Exception {
    FixtureKit fixture = FixtureKit.in(dir);

    FixtureKit.Result result = fixture.run("hint", "basics/greter");

    assertThat(result.exit()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(result.err()).contains("did you mean 'basics/greeter'?");
    assertThat(fixture.progressJson()).isEmpty();
  }
}
