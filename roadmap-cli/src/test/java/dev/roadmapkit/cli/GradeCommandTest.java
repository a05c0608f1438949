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
  @DisplayName("an exercise earns its points in proportion to its passing tests")
  void text() throws IOException {
    adderPasses();
    greeterFails();

    FixtureKit.Result result = fixture.run("grade");

    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("Grades from the test reports under " + fixture.root())
        .contains("Points in proportion to the passing tests")
        .containsPattern("basics/adder +2 / 2 +all 2 passed")
        .containsPattern("basics/greeter +1.5 / 3 +1 of 2 failed")
        .contains("x GreeterTest.greetsByName: [the greeting for Ada] expected \"Hello, Ada!\"")
        .containsPattern("total +3.5 / 5 +\\(70%\\)");
  }

  @Test
  @DisplayName(
      "--all-or-nothing: an exercise earns its points when all its tests passed, none when one failed")
  void allOrNothing() throws IOException {
    adderPasses();
    greeterFails();

    FixtureKit.Result result = fixture.run("grade", "--all-or-nothing");

    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("All of an exercise's points when every test passed, none otherwise.")
        .containsPattern("basics/adder +2 / 2 +all 2 passed")
        .containsPattern("basics/greeter +0 / 3 +1 of 2 failed")
        .containsPattern("total +2 / 5 +\\(40%\\)");
  }

  @Test
  @DisplayName(
      "proportional points are cut to two decimals: 1 of 3 tests of a 2-point exercise earn 0.66")
  void proportionalRounding() throws IOException {
    fixture.write(
        REPORTS + "TEST-dev.roadmapkit.basics.adder.AdderTest.xml",
        report(
            "dev.roadmapkit.basics.adder.AdderTest",
            "<testcase name=\"a\" classname=\"dev.roadmapkit.basics.adder.AdderTest\"/>"
                + "<testcase name=\"b\" classname=\"dev.roadmapkit.basics.adder.AdderTest\">"
                + "<failure message=\"no\"/></testcase>"
                + "<testcase name=\"c\" classname=\"dev.roadmapkit.basics.adder.AdderTest\">"
                + "<error message=\"boom\" type=\"java.lang.IllegalStateException\"/></testcase>"));

    FixtureKit.Result result = fixture.run("grade");

    assertThat(result.out())
        .containsPattern("basics/adder +0.66 / 2 +2 of 3 failed")
        .containsPattern("total +0.66 / 5 +\\(13%\\)");
  }

  @Test
  @DisplayName(
      "points count tests, not invocations: a parameterized test passes when all its invocations"
          + " do")
  void invocationsOfOneTest() throws IOException {
    String c = " classname=\"dev.roadmapkit.basics.adder.AdderTest\"";
    fixture.write(
        REPORTS + "TEST-dev.roadmapkit.basics.adder.AdderTest.xml",
        report(
            "dev.roadmapkit.basics.adder.AdderTest",
            "<testcase name=\"addsTwoNumbers(int)[1]\""
                + c
                + "/>"
                + "<testcase name=\"addsTwoNumbers(int)[2]\""
                + c
                + "/>"
                + "<testcase name=\"addsTwoNumbers(int)[3]\""
                + c
                + "><failure message=\"no\"/></testcase>"
                + "<testcase name=\"addsNegativeNumbers\""
                + c
                + "/>"));

    assertThat(fixture.run("grade").out())
        .as("one of two tests passes, though three of four invocations do")
        .containsPattern("basics/adder +1 / 2 +1 of 4 failed");
  }

  @Test
  @DisplayName(
      "guard tests earn nothing by themselves, and a failing guard leaves the exercise without"
          + " points")
  void guards() throws IOException {
    fixture.write(
        "exercises/basics/src/test/java/dev/roadmapkit/basics/adder/AdderTest.java",
        """
        package dev.roadmapkit.basics.adder;

        import org.junit.jupiter.api.*;

        class AdderTest {
          @Test
          @Tag("guard")
          void keepsTheApi() {}

          @Test
          void addsTwoNumbers() {}

          @Nested
          @Tag("guard")
          class Behaviour {
            @Test
            void staysTheSame() {}
          }
        }
        """);
    String c = " classname=\"dev.roadmapkit.basics.adder.AdderTest\"";
    String nested = " classname=\"dev.roadmapkit.basics.adder.AdderTest$Behaviour\"";
    fixture.write(
        REPORTS + "TEST-dev.roadmapkit.basics.adder.AdderTest.xml",
        report(
            "dev.roadmapkit.basics.adder.AdderTest",
            "<testcase name=\"keepsTheApi\""
                + c
                + "/>"
                + "<testcase name=\"staysTheSame\""
                + nested
                + "/>"
                + "<testcase name=\"addsTwoNumbers\""
                + c
                + "><failure message=\"no\"/></testcase>"));

    assertThat(fixture.run("grade").out())
        .as("two guards pass, the one other test fails: the starting code of a refactoring")
        .containsPattern("basics/adder +0 / 2 +1 of 3 failed");

    fixture.write(
        REPORTS + "TEST-dev.roadmapkit.basics.adder.AdderTest.xml",
        report(
            "dev.roadmapkit.basics.adder.AdderTest",
            "<testcase name=\"keepsTheApi\""
                + c
                + "/>"
                + "<testcase name=\"staysTheSame\""
                + nested
                + "><failure message=\"changed\"/></testcase>"
                + "<testcase name=\"addsTwoNumbers\""
                + c
                + "/>"));

    assertThat(fixture.run("grade").out())
        .as("the refactoring is done but a behaviour it had to keep broke")
        .containsPattern("basics/adder +0 / 2 +1 of 3 failed");
  }

  @Test
  @DisplayName(
      "JSON has every test as Exercism's results (version 3) have it: in source order, pass, fail"
          + " or error, output cut at 500 characters, the exercise as task id")
  void exercismResults() throws IOException {
    String longOutput = "x".repeat(700);
    fixture.write(
        REPORTS + "TEST-dev.roadmapkit.basics.adder.AdderTest.xml",
        report(
            "dev.roadmapkit.basics.adder.AdderTest",
            "<testcase name=\"addsNegativeNumbers\" classname=\"dev.roadmapkit.basics.adder.AdderTest\">"
                + "<error message=\"java.lang.ArithmeticException: overflow\" type=\"java.lang.ArithmeticException\"/>"
                + "<system-out>"
                + longOutput
                + "</system-out></testcase>"
                + "<testcase name=\"addsTwoNumbers\" classname=\"dev.roadmapkit.basics.adder.AdderTest\">"
                + "<system-out>computing 2 + 3</system-out></testcase>"));
    greeterFails();

    FixtureKit.Result result = fixture.run("grade", "--format", "json");

    assertThat(result.exit()).as(result.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(result.out());
    assertThat(root.get("version").asInt()).isEqualTo(3);
    assertThat(root.get("status").asText()).isEqualTo("fail");
    assertThat(root.get("scoring").asText()).isEqualTo("proportional");
    JsonNode tests = root.get("tests");
    assertThat(tests).hasSize(4);
    assertThat(tests.get(0).get("name").asText())
        .as("the adder's tests in the order of AdderTest.java, not of the report")
        .isEqualTo("AdderTest.addsTwoNumbers");
    assertThat(tests.get(0).get("status").asText()).isEqualTo("pass");
    assertThat(tests.get(0).get("message").isNull()).isTrue();
    assertThat(tests.get(0).get("output").asText()).isEqualTo("computing 2 + 3");
    assertThat(tests.get(0).get("task_id").asInt()).isEqualTo(1);
    assertThat(tests.get(0).get("exercise").asText()).isEqualTo("basics/adder");
    JsonNode error = tests.get(1);
    assertThat(error.get("name").asText()).isEqualTo("AdderTest.addsNegativeNumbers");
    assertThat(error.get("status").asText()).isEqualTo("error");
    assertThat(error.get("message").asText()).isEqualTo("java.lang.ArithmeticException: overflow");
    assertThat(error.get("output").asText()).hasSize(500).endsWith("(cut at 500 characters)");
    JsonNode failure = tests.get(2);
    assertThat(failure.get("name").asText()).isEqualTo("GreeterTest.greetsByName");
    assertThat(failure.get("status").asText()).isEqualTo("fail");
    assertThat(failure.get("message").asText()).startsWith("[the greeting for Ada]");
    assertThat(failure.get("output").isNull()).isTrue();
    assertThat(failure.get("task_id").asInt()).isEqualTo(2);
    assertThat(root.get("exercises").get(0).get("earned").asDouble()).isEqualTo(1.0);
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
        .startsWith("## Grades: 3.5 / 5 points (70%)\n")
        .contains("| `basics/adder` | 2 | 2 | all 2 passed |  |")
        .contains(
            "| `basics/greeter` | 1.5 | 3 | 1 of 2 failed | `GreeterTest.greetsByName`: [the greeting for Ada]")
        .contains("| **Total** | **3.5** | **5** | | |");
  }

  @Test
  @DisplayName("JSON: totals, and per exercise its status, points and failing tests")
  void json() throws IOException {
    adderPasses();
    greeterFails();

    FixtureKit.Result result = fixture.run("grade", "-f", "json");

    JsonNode root = new ObjectMapper().readTree(result.out());
    assertThat(root.get("earned").asDouble()).isEqualTo(3.5);
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
        .containsPattern("basics/adder +1 / 2 +1 of 2 skipped")
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
