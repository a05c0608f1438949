package dev.roadmapkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The progress file, .roadmap/progress.json")
class ProgressFileTest {

  @Test
  @DisplayName(
      "a corrupt file is set aside, never deleted, with one line and exit 3; the next command starts afresh")
  void corrupt(@TempDir Path dir) throws Exception {
    FixtureKit fixture = FixtureKit.in(dir);
    Path file = dir.resolve(".roadmap/progress.json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "{ \"version\": 1, \"exercises\": [ oops");

    FixtureKit.Result result = fixture.run("list");

    assertThat(result.exit()).isEqualTo(ExitCode.KIT_PROBLEM.code());
    assertThat(result.err().lines()).hasSize(1);
    assertThat(result.err())
        .startsWith("roadmap: the progress file .roadmap/progress.json was corrupt (")
        .contains("it is kept as .roadmap/progress.json.corrupt-20260102-030405");
    Path aside = dir.resolve(".roadmap/progress.json.corrupt-20260102-030405");
    assertThat(aside).hasContent("{ \"version\": 1, \"exercises\": [ oops");
    assertThat(file).doesNotExist();

    FixtureKit.Result next = fixture.run("hint", "basics/adder");

    assertThat(next.exit()).isZero();
    assertThat(fixture.progressJson()).contains("\"hintsShown\" : 1");
  }

  @Test
  @DisplayName("a second corrupt file gets a name of its own beside the first")
  void twice(@TempDir Path dir) throws Exception {
    FixtureKit fixture = FixtureKit.in(dir);
    Path file = dir.resolve(".roadmap/progress.json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "not json");
    fixture.run("list");
    Files.writeString(file, "[]");

    fixture.run("list");

    try (Stream<Path> files = Files.list(dir.resolve(".roadmap"))) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .contains(
              "progress.json.corrupt-20260102-030405", "progress.json.corrupt-20260102-030405-2");
    }
  }
}
