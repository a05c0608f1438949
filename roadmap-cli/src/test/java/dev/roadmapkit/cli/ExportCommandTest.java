package dev.roadmapkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("./roadmap export")
class ExportCommandTest {

  @ParameterizedTest(name = "--format {0} starts with {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "text     | Backend Developer Roadmap",
        "markdown | # Backend Developer Roadmap",
        "mermaid  | graph TD",
        "json     | {",
        "html     | <!DOCTYPE html>",
        "HTML     | <!DOCTYPE html>"
      })
  @DisplayName("each format gives the roadmap in that format")
  void formats(String format, String start, @TempDir Path dir) throws Exception {
    FixtureKit.Result result = FixtureKit.in(dir).run("export", "--format", format);

    assertThat(result.exit()).isZero();
    assertThat(result.out()).startsWith(start);
  }

  @Test
  @DisplayName("the export carries progress: a passing exercise shows as passing")
  void progress(@TempDir Path dir) throws Exception {
    FixtureKit fixture = FixtureKit.in(dir);
    fixture.write(FixtureKit.ADDER, FixtureKit.ADDER_SOLVED);
    fixture.run("check", "basics/adder");

    FixtureKit.Result json = fixture.run("export", "--format", "json");
    FixtureKit.Result html = fixture.run("export", "--format", "html");

    assertThat(json.out())
        .containsPattern("\"id\" : \"basics/adder\",[^}]*\"status\" : \"passing\"");
    assertThat(html.out())
        .contains("<li class=\"done\"><code>basics/adder</code> Add two numbers (passing)</li>");
  }

  @Test
  @DisplayName("every export says where each section comes from: the blog roadmap or roadmap.sh")
  void sources(@TempDir Path dir) throws Exception {
    FixtureKit fixture = FixtureKit.in(dir);

    String json = fixture.run("export", "--format", "json").out();
    String markdown = fixture.run("export", "--format", "markdown").out();
    String html = fixture.run("export", "--format", "html").out();
    String text = fixture.run("export", "--format", "text").out();

    assertThat(json)
        .as("JSON")
        .containsPattern("\"id\" : \"internet\",[^\\]]*?\"source\" : \"blog\"")
        .containsPattern("\"id\" : \"nosql\",[^\\]]*?\"source\" : \"roadmap.sh\"");
    assertThat(markdown)
        .as("Markdown")
        .containsPattern("## 1\\. Internet\n(.*\n)*?From: the blog roadmap\n")
        .containsPattern("## 17\\. NoSQL Databases\n(.*\n)*?From: roadmap.sh\n");
    assertThat(html)
        .as("HTML")
        .contains("17. NoSQL Databases</summary>")
        .contains("<p class=\"source\">From roadmap.sh</p>");
    assertThat(text).as("text").contains("\nFrom roadmap.sh:\n");
  }

  @Test
  @DisplayName("--output writes a file")
  void output(@TempDir Path dir) throws Exception {
    FixtureKit fixture = FixtureKit.in(dir);
    Path file = dir.resolve("out/roadmap.md");

    FixtureKit.Result result =
        fixture.run("export", "--format", "markdown", "--output", file.toString());

    assertThat(result.exit()).isZero();
    assertThat(Files.readString(file)).startsWith("# Backend Developer Roadmap");
  }

  @Test
  @DisplayName("an unknown format gets one line listing the formats, and exit 2")
  void unknownFormat(@TempDir Path dir) throws Exception {
    FixtureKit.Result result = FixtureKit.in(dir).run("export", "--format", "pdf");

    assertThat(result.exit()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(result.err().lines()).hasSize(1);
    assertThat(result.err()).contains("pdf").contains("MARKDOWN");
  }
}
