package dev.roadmapkit.cli.grade;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A Classroom grading step's result, with a score per test")
class ClassroomResultTest {

  private static final String CLASS = "dev.roadmapkit.basics.adder.AdderTest";

  @TempDir Path module;

  @Test
  @DisplayName(
      "an exercise's points are spread over its tests in whole points, in source order, and the"
          + " passing ones earn theirs")
  void wholePointsPerTest() throws IOException {
    source("void first() {} void second() {} void third() {} void fourth() {} void fifth() {}");
    // Reported out of source order, as a random method order runs them.
    report(pass("fifth") + fail("second") + pass("first") + pass("fourth") + fail("third"));

    JsonNode result = result(3);

    assertThat(result.get("version").asInt()).isEqualTo(1);
    assertThat(result.get("status").asText()).isEqualTo("fail");
    assertThat(result.get("max_score").asInt()).isEqualTo(3);
    List<String> names = new ArrayList<>();
    List<Integer> scores = new ArrayList<>();
    result
        .get("tests")
        .forEach(
            t -> {
              names.add(t.get("name").asText());
              scores.add(t.get("score").asInt());
            });
    assertThat(names)
        .containsExactly(
            "AdderTest.first",
            "AdderTest.second",
            "AdderTest.third",
            "AdderTest.fourth",
            "AdderTest.fifth");
    // worth 0, 1, 0, 1, 1 (floor((k+1)*3/5) - floor(k*3/5)); second and third fail
    assertThat(scores).containsExactly(0, 0, 0, 1, 1);
    assertThat(result.get("tests").get(1).get("message").asText()).isEqualTo("expected 2");
  }

  @Test
  @DisplayName("all tests passing earn exactly the exercise's points, and the status is pass")
  void allPass() throws IOException {
    source("void a() {} void b() {} void c() {}");
    report(pass("a") + pass("b") + pass("c"));

    JsonNode result = result(10);

    assertThat(result.get("status").asText()).isEqualTo("pass");
    int sum = 0;
    for (JsonNode test : result.get("tests")) {
      sum += test.get("score").asInt();
    }
    assertThat(sum).isEqualTo(10);
  }

  @Test
  @DisplayName("guards are worth nothing, and a failing guard leaves the exercise without points")
  void guards() throws IOException {
    source("@Test @Tag(\"guard\") void keeps() {} @Test void changes() {}");
    report(pass("keeps") + pass("changes"));
    assertThat(total(result(4))).as("the refactoring done, behaviour kept").isEqualTo(4);

    report(fail("keeps") + pass("changes"));
    assertThat(total(result(4))).as("the refactoring done, behaviour broken").isZero();
    assertThat(result(4).get("tests").get(0).get("name").asText())
        .isEqualTo("AdderTest.keeps (guard)");
  }

  @Test
  @DisplayName("a guard tagged through a constant, by Tag's full name, is a guard too")
  void guardConstant() throws IOException {
    source(
        "private static final String GUARD = \"guard\";"
            + " @Property @org.junit.jupiter.api.Tag(GUARD) void keeps() {} @Test void changes() {}");
    report(pass("keeps") + fail("changes"));

    assertThat(total(result(4))).as("only the guard passes: the starting code").isZero();
  }

  @Test
  @DisplayName(
      "a parameterized test is one test: it earns its share only when all its invocations pass")
  void invocations() throws IOException {
    source("@ParameterizedTest void adds(int a) {} @Test void other() {}");
    report(pass("adds(int)[1]") + fail("adds(int)[2]") + pass("other"));

    assertThat(total(result(2))).as("adds fails one invocation, other passes").isEqualTo(1);
    assertThat(result(2).get("tests")).hasSize(3);
  }

  @Test
  @DisplayName("a jqwik property reported by its label is found by its @Label, guard tag and all")
  void labelledGuard() throws IOException {
    source(
        "@Property @Tag(\"guard\") @Label(\"equals is reflexive\") void reflexive() {}"
            + " @Property @Label(\"equals is symmetric\") void symmetric() {}");
    report(pass("equals is reflexive") + fail("equals is symmetric"));

    JsonNode result = result(6);
    assertThat(total(result)).as("only the guard passes: the starting code").isZero();
    assertThat(result.get("tests").get(0).get("name").asText())
        .isEqualTo("AdderTest.equals is reflexive (guard)");
  }

  @Test
  @DisplayName(
      "no report of the exercise's tests (code that does not compile) is an error, worth 0")
  void noReports() throws IOException {
    JsonNode result = result(5);

    assertThat(result.get("status").asText()).isEqualTo("error");
    assertThat(result.get("max_score").asInt()).isEqualTo(5);
    assertThat(result.get("tests").get(0).get("score").asInt()).isZero();
    assertThat(result.get("tests").get(0).get("message").asText())
        .contains(CLASS)
        .contains("does not compile");
  }

  @Test
  @DisplayName(
      "the JDK runs it from source, as the step does, and prints result=<base64 JSON>; bad"
          + " arguments get the usage and exit code 2")
  void runsFromSource() throws Exception {
    source("void a() {}");
    report(pass("a"));
    Path program = Path.of("src/main/java/dev/roadmapkit/cli/grade/ClassroomResult.java");

    Process run = java(program.toAbsolutePath().toString(), module.toString(), "2", CLASS);
    String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();

    assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(run.exitValue()).isZero();
    assertThat(out).startsWith("result=");
    JsonNode result =
        new ObjectMapper().readTree(Base64.getDecoder().decode(out.substring("result=".length())));
    assertThat(total(result)).isEqualTo(2);

    Process bad = java(program.toAbsolutePath().toString(), module.toString(), "two");
    String err = new String(bad.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(bad.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(bad.exitValue()).isEqualTo(2);
    assertThat(err).startsWith("usage: java ClassroomResult.java MODULE_DIR POINTS TEST_CLASS...");
  }

  private static Process java(String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(args));
    return new ProcessBuilder(command).start();
  }

  private JsonNode result(int points) throws IOException {
    return new ObjectMapper().readTree(ClassroomResult.result(module, points, List.of(CLASS)));
  }

  private static int total(JsonNode result) {
    int sum = 0;
    for (JsonNode test : result.get("tests")) {
      sum += test.get("score").asInt();
    }
    return sum;
  }

  private void source(String body) throws IOException {
    Path file = module.resolve("src/test/java/" + CLASS.replace('.', '/') + ".java");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file, "package dev.roadmapkit.basics.adder;\nclass AdderTest {\n" + body + "\n}\n");
  }

  private void report(String cases) throws IOException {
    Path reports = module.resolve("target/surefire-reports");
    Files.createDirectories(reports);
    Files.writeString(
        reports.resolve("TEST-" + CLASS + ".xml"),
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\""
            + CLASS
            + "\">"
            + cases
            + "</testsuite>\n");
  }

  private static String pass(String name) {
    return "<testcase name=\"" + name + "\" classname=\"" + CLASS + "\"/>";
  }

  private static String fail(String name) {
    return "<testcase name=\""
        + name
        + "\" classname=\""
        + CLASS
        + "\">"
        + "<failure message=\"expected 2\"/></testcase>";
  }
}
