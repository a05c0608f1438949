package dev.roadmapkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("./roadmap grade")
class GradeCommandTest {

  private static final String REPORTS = "exercises/basics/target/surefire-reports/";

  @TempDir Path dir;
  private FixtureKit fixture;

  @BeforeEach
  void kit() throws IOException {
    fixture = FixtureKit.in(dir);
  }

  @Test
  @DisplayName("an exercise earns its points when all its tests passed, none when one failed")
  void text() throws IOException {
    adderPasses();
    greeterFails();

    FixtureKit.Result result = fixture.run("grade");

    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("Grades from the test reports under " + fixture.root())
        .containsPattern("basics/adder +2 / 2 +all 2 passed")
        .containsPattern("basics/greeter +0 / 3 +1 of 2 failed")
        .contains("x GreeterTest.greetsByName: [the greeting for Ada] expected \"Hello, Ada!\"")
        .containsPattern("total +2 / 5 +\\(40%\\)");
  }

  @Test
  @DisplayName("Markdown: a table with the failing tests and the total, for $GITHUB_STEP_SUMMARY")
  void markdown() throws IOException {
    adderPasses();
    greeterFails();

    FixtureKit.Result result =
        fixture.run("grade", fixture.root().toString(), "--format", "markdown");

    assertThat(result.exit()).isZero();
    assertThat(result.out())
        .startsWith("## Grades: 2 / 5 points (40%)\n")
        .contains("| `basics/adder` | 2 | 2 | all 2 passed |  |")
        .contains(
            "| `basics/greeter` | 0 | 3 | 1 of 2 failed | `GreeterTest.greetsByName`: [the greeting for Ada]")
        .contains("| **Total** | **2** | **5** | | |");
  }

  @Test
  @DisplayName("JSON: totals, and per exercise its status, points and failing tests")
  void json() throws IOException {
    adderPasses();
    greeterFails();

    FixtureKit.Result result = fixture.run("grade", "-f", "json");

    JsonNode root = new ObjectMapper().readTree(result.out());
    assertThat(root.get("earned").asInt()).isEqualTo(2);
    assertThat(root.get("max").asInt()).isEqualTo(5);
    JsonNode greeter = root.get("exercises").get(1);
    assertThat(greeter.get("id").asText()).isEqualTo("basics/greeter");
    assertThat(greeter.get("status").asText()).isEqualTo("failed");
    assertThat(greeter.get("failing").get(0).get("test").asText())
        .isEqualTo("GreeterTest.greetsByName");
  }

  @Test
  @DisplayName("skipped tests and tests that never ran earn nothing, and say why")
  void skippedAndNotRun() throws IOException {
    fixture.write(
        REPORTS + "TEST-dev.roadmapkit.basics.adder.AdderTest.xml",
        report(
            "dev.roadmapkit.basics.adder.AdderTest",
            "<testcase name=\"adds\" classname=\"dev.roadmapkit.basics.adder.AdderTest\"/>"
                + "<testcase name=\"addsInRedis\" classname=\"dev.roadmapkit.basics.adder.AdderTest\">"
                + "<skipped message=\"no Redis\"/></testcase>"));

    FixtureKit.Result result = fixture.run("grade");

    assertThat(result.exit()).isZero();
    assertThat(result.out())
        .containsPattern("basics/adder +0 / 2 +1 of 2 skipped")
        .containsPattern("basics/greeter +0 / 3 +not run \\(no test report\\)");
  }

  @Test
  @DisplayName("with no test reports there is nothing to grade: one line, exit code 3")
  void nothingToGrade() {
    FixtureKit.Result result = fixture.run("grade");

    assertThat(result.exit()).isEqualTo(ExitCode.KIT_PROBLEM.code());
    assertThat(result.err())
        .contains("nothing to grade in " + fixture.root())
        .contains("./mvnw -fae test");
    assertThat(result.out()).isEmpty();
  }

  @Test
  @DisplayName(
      "a directory without exercises/ or a corrupt report gets one line, never a stack trace")
  void badInput() throws IOException {
    FixtureKit.Result notARepository = fixture.run("grade", dir.resolve("exercises").toString());
    assertThat(notARepository.exit()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(notARepository.err()).contains("has no exercises/ directory");

    fixture.write(
        REPORTS + "TEST-dev.roadmapkit.basics.adder.AdderTest.xml", "<testsuite><testcase");
    FixtureKit.Result corrupt = fixture.run("grade");
    assertThat(corrupt.exit()).isEqualTo(ExitCode.KIT_PROBLEM.code());
    assertThat(corrupt.err()).contains("Cannot read Surefire report").doesNotContain("\tat ");
  }

  private void adderPasses() throws IOException {
    fixture.write(
        REPORTS + "TEST-dev.roadmapkit.basics.adder.AdderTest.xml",
        report(
            "dev.roadmapkit.basics.adder.AdderTest",
            "<testcase name=\"adds\" classname=\"dev.roadmapkit.basics.adder.AdderTest\"/>"
                + "<testcase name=\"addsNegatives\" classname=\"dev.roadmapkit.basics.adder.AdderTest\"/>"));
  }

  private void greeterFails() throws IOException {
    fixture.write(
        REPORTS + "TEST-dev.roadmapkit.basics.greeter.GreeterTest.xml",
        report(
            "dev.roadmapkit.basics.greeter.GreeterTest",
            "<testcase name=\"greetsByName\" classname=\"dev.roadmapkit.basics.greeter.GreeterTest\">"
                + "<failure message=\"[the greeting for Ada] expected &quot;Hello, Ada!&quot;&#10;but was &quot;TODO&quot;\""
                + " type=\"org.opentest4j.AssertionFailedError\">trace</failure></testcase>"
                + "<testcase name=\"greetsNobody\" classname=\"dev.roadmapkit.basics.greeter.GreeterTest$Nested\"/>"));
  }

  private static String report(String suite, String cases) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\""
        + suite
        + "\">"
        + cases
        + "</testsuite>\n";
  }
}
