package dev.roadmapkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The command line: help, version, and wrong input")
class CommandLineTest {

  @Test
  @DisplayName("--help lists every command and exits 0")
  void help(@TempDir Path dir) throws Exception {
    FixtureKit.Result result = FixtureKit.in(dir).run("--help");

    assertThat(result.exit()).isZero();
    assertThat(result.out())
        .contains("status", "list", "show", "check", "watch", "hint", "solution", "reset")
        .contains("export", "dev");
  }

  @Test
  @DisplayName("--version names the CLI and the Java running it")
  void version(@TempDir Path dir) throws Exception {
    FixtureKit.Result result = FixtureKit.in(dir).run("--version");

    assertThat(result.exit()).isZero();
    assertThat(result.out()).contains("roadmap").contains("Java ");
  }

  @Test
  @DisplayName("a mistyped command gets one line with 'did you mean' and exit code 2")
  void mistypedCommand(@TempDir Path dir) throws Exception {
    FixtureKit.Result result = FixtureKit.in(dir).run("chek", "basics/adder");

    assertThat(result.exit()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(result.err().strip())
        .isEqualTo("roadmap: unknown command 'chek'; did you mean 'check'?");
    assertThat(result.out()).isEmpty();
  }

  @Test
  @DisplayName("an unknown option gets one line naming it, and exit code 2")
  void unknownOption(@TempDir Path dir) throws Exception {
    FixtureKit.Result result = FixtureKit.in(dir).run("list", "--colour");

    assertThat(result.exit()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(result.err().lines()).hasSize(1);
    assertThat(result.err()).contains("'--colour'").doesNotContain("\tat ");
  }

  @Test
  @DisplayName("a directory that is not a kit gets one line and exit code 3")
  void notAKit(@TempDir Path dir) throws Exception {
    FixtureKit fixture = FixtureKit.in(dir);
    java.nio.file.Files.walk(dir.resolve("exercises"))
        .sorted(java.util.Comparator.reverseOrder())
        .forEach(path -> path.toFile().delete());

    FixtureKit.Result result = fixture.run("list");

    assertThat(result.exit()).isEqualTo(ExitCode.KIT_PROBLEM.code());
    assertThat(result.err()).startsWith("roadmap: ").contains("not the roadmap kit's directory");
    assertThat(result.err().lines()).hasSize(1);
  }
}
