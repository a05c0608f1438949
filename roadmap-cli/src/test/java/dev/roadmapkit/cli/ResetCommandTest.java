package dev.roadmapkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("./roadmap reset")
class ResetCommandTest {

  @Test
  @DisplayName("restores the starting code from git and keeps the learner's code in a backup")
  void restores(@TempDir Path dir) throws Exception {
    assumeTrue(FixtureKit.gitAvailable(), "git is not installed");
    FixtureKit fixture = FixtureKit.in(dir);
    fixture.commitAll();
    fixture.write(FixtureKit.ADDER, FixtureKit.ADDER_SOLVED);
    fixture.run("check", "basics/adder");

    FixtureKit.Result result = fixture.run("reset", "basics/adder");

    assertThat(result.exit()).isZero();
    assertThat(result.out())
        .contains("Restored the starting code of basics/adder (1 file).")
        .contains("Your code is in .roadmap/backup/20260102-030405/.");
    assertThat(fixture.read(FixtureKit.ADDER)).isEqualTo(FixtureKit.ADDER_START);
    assertThat(fixture.read(".roadmap/backup/20260102-030405/" + FixtureKit.ADDER))
        .isEqualTo(FixtureKit.ADDER_SOLVED);
    assertThat(fixture.progressJson()).doesNotContain("basics/adder");
  }

  @Test
  @DisplayName("code already at its start: nothing to do, no backup")
  void nothingToDo(@TempDir Path dir) throws Exception {
    assumeTrue(FixtureKit.gitAvailable(), "git is not installed");
    FixtureKit fixture = FixtureKit.in(dir);
    fixture.commitAll();

    FixtureKit.Result result = fixture.run("reset", "basics/adder");

    assertThat(result.exit()).isZero();
    assertThat(result.out()).contains("already at its starting code");
    assertThat(dir.resolve(".roadmap/backup")).doesNotExist();
  }

  @Test
  @DisplayName("without git: one line saying git is needed, exit 3, the learner's file untouched")
  void noGit(@TempDir Path dir) throws Exception {
    FixtureKit fixture = FixtureKit.in(dir).git("no-such-git-command");
    fixture.write(FixtureKit.ADDER, FixtureKit.ADDER_SOLVED);

    FixtureKit.Result result = fixture.run("reset", "basics/adder");

    assertThat(result.exit()).isEqualTo(ExitCode.KIT_PROBLEM.code());
    assertThat(result.err().strip()).startsWith("roadmap: git is not installed");
    assertThat(result.err().lines()).hasSize(1);
    assertThat(fixture.read(FixtureKit.ADDER)).isEqualTo(FixtureKit.ADDER_SOLVED);
  }

  @Test
  @DisplayName("outside a git repository: one line, exit 3, the learner's file untouched")
  void notARepository(@TempDir Path dir) throws Exception {
    assumeTrue(FixtureKit.gitAvailable(), "git is not installed");
    FixtureKit fixture = FixtureKit.in(dir);
    fixture.write(FixtureKit.ADDER, FixtureKit.ADDER_SOLVED);

    FixtureKit.Result result = fixture.run("reset", "basics/adder");

    assertThat(result.exit()).isEqualTo(ExitCode.KIT_PROBLEM.code());
    assertThat(result.err()).contains("is not a git repository");
    assertThat(Files.readString(fixture.file(FixtureKit.ADDER))).isEqualTo(FixtureKit.ADDER_SOLVED);
  }
}
