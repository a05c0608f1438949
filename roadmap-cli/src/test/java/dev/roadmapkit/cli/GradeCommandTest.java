package dev.roadmapkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("./roadmap grade")
class GradeCommandTest {

  private static final String REPORTS = "exercises/basics/target/surefire-reports/";

  @TempDir Path dir;
  @TempDir Path assignmentDir;
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

  @Test
  @DisplayName(
      "--against the assignment: changed tests or build earn nothing, a student's sources do not"
          + " count, and the points are the assignment's")
  void againstTheAssignment() throws IOException {
    Path assignment = assignmentDir;
    copy(fixture.root(), assignment);
    adderPasses();
    greeterPasses();
    fixture.write(
        "exercises/basics/src/main/java/dev/roadmapkit/basics/adder/Adder.java",
        "package dev.roadmapkit.basics.adder;\n// the student's work\n");
    fixture.write(
        "exercises/basics/exercises.yaml",
        fixture.read("exercises/basics/exercises.yaml").replace("points: 3", "points: 300"));

    FixtureKit.Result unchanged = fixture.run("grade", "--against", assignment.toString());

    assertThat(unchanged.exit()).as(unchanged.err()).isZero();
    assertThat(unchanged.out())
        .contains("Tests, build and points as assigned in " + assignment)
        .containsPattern("basics/adder +2 / 2 +all 2 passed")
        .containsPattern("basics/greeter +3 / 3 +all 1 passed")
        .containsPattern("total +5 / 5");

    String greeterTest =
        "exercises/basics/src/test/java/dev/roadmapkit/basics/greeter/GreeterTest.java";
    fixture.write(greeterTest, fixture.read(greeterTest).replace("assert", "// assert"));
    FixtureKit.Result changedTest =
        fixture.run("grade", "--against", assignment.toString(), "-f", "json");

    JsonNode root = new ObjectMapper().readTree(changedTest.out());
    assertThat(root.get("earned").asInt()).as("the adder's tests are unchanged").isEqualTo(2);
    JsonNode greeter = root.get("exercises").get(1);
    assertThat(greeter.get("status").asText()).isEqualTo("tests-changed");
    assertThat(greeter.get("earned").asInt()).isZero();
    assertThat(greeter.get("changedFiles").get(0).asText()).isEqualTo(greeterTest + " (changed)");

    fixture.write("exercises/basics/pom.xml", "<project><!-- skip the tests --></project>\n");
    FixtureKit.Result changedBuild = fixture.run("grade", "--against", assignment.toString());

    assertThat(changedBuild.exit()).isZero();
    assertThat(changedBuild.out())
        .containsPattern("basics/adder +0 / 2 +tests or build changed \\(1 file\\)")
        .contains("! exercises/basics/pom.xml (changed)")
        .containsPattern("basics/greeter +0 / 3 +tests or build changed \\(2 files\\)")
        .containsPattern("total +0 / 5");
  }

  @Test
  @DisplayName("--against a directory that is not an assignment gets one line and exit code 2")
  void againstNothing() throws IOException {
    adderPasses();

    FixtureKit.Result result =
        fixture.run("grade", "--against", dir.resolve("exercises/basics").toString());

    assertThat(result.exit()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(result.err()).contains("has no exercises/ directory").doesNotContain("\tat ");
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path source : (Iterable<Path>) walk::iterator) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  private void greeterPasses() throws IOException {
    fixture.write(
        REPORTS + "TEST-dev.roadmapkit.basics.greeter.GreeterTest.xml",
        report(
            "dev.roadmapkit.basics.greeter.GreeterTest",
            "<testcase name=\"greetsByName\" classname=\"dev.roadmapkit.basics.greeter.GreeterTest\"/>"));
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
