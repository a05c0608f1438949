package dev.roadmapkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.roadmapkit.core.catalog.CatalogLoader;
import dev.roadmapkit.core.catalog.ModuleCatalog;
import dev.roadmapkit.core.model.Exercise;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("./roadmap assign")
class AssignCommandTest {

  private static final String ROOT_POM =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <project xmlns="http://maven.apache.org/POM/4.0.0">
        <modelVersion>4.0.0</modelVersion>

        <!-- Parent of the kit; ./mvnw -B verify -Pkit is the kit build. -->
        <groupId>dev.roadmapkit</groupId>
        <artifactId>roadmap-kit</artifactId>
        <version>0.1.0-SNAPSHOT</version>
        <packaging>pom</packaging>

        <modules>
          <module>roadmap-core</module>
          <module>roadmap-cli</module>
          <module>exercises</module>
        </modules>

        <properties>
          <!-- Versions of the test stack. -->
          <junit.version>5.14.4</junit.version>
        </properties>

        <dependencyManagement>
          <dependencies>
            <dependency>
              <groupId>dev.roadmapkit</groupId>
              <artifactId>roadmap-cli</artifactId>
              <version>${project.version}</version>
            </dependency>
            <dependency>
              <groupId>dev.roadmapkit</groupId>
              <artifactId>exercise-support</artifactId>
              <version>${project.version}</version>
            </dependency>
          </dependencies>
        </dependencyManagement>

        <profiles>
          <profile>
            <id>kit</id>
            <modules>
              <module>solutions</module>
              <module>kit</module>
            </modules>
          </profile>
        </profiles>
      </project>
      """;

  private static final String EXERCISES_POM =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <project xmlns="http://maven.apache.org/POM/4.0.0">
        <modelVersion>4.0.0</modelVersion>
        <!-- Parent of the exercises (and, through solutions/pom.xml, of the solutions). -->
        <artifactId>exercises-parent</artifactId>
        <modules>
          <module>support</module>
          <module>basics</module>
          <module>other</module>
        </modules>
      </project>
      """;

  @TempDir Path dir;
  private FixtureKit fixture;
  private Path out;

  @BeforeEach
  void kit() throws IOException {
    fixture = FixtureKit.in(dir.resolve("kit"));
    fixture.write("pom.xml", ROOT_POM);
    fixture.write("exercises/pom.xml", EXERCISES_POM);
    fixture.write(
        "exercises/support/pom.xml",
        "<project><artifactId>exercise-support</artifactId></project>\n");
    fixture.write(
        "exercises/support/src/main/java/dev/roadmapkit/support/Support.java",
        "package dev.roadmapkit.support;\n\npublic final class Support {}\n");
    fixture.write("exercises/support/src/test/java/dev/roadmapkit/support/SupportTest.java", "x");
    fixture.write("mvnw", "#!/bin/sh\necho wrapper\n");
    fixture.file("mvnw").toFile().setExecutable(true);
    fixture.write("mvnw.cmd", "@echo wrapper\n");
    fixture.write(
        ".mvn/wrapper/maven-wrapper.properties", "distributionUrl=https://example/maven.zip\n");
    fixture.write(
        "exercises/basics/README.md",
        """
        # Basics

        | Exercise | You build |
        |---|---|
        | `basics/adder` | a sum |
        | `basics/greeter` | a greeting |

        Run ./mvnw -q test -pl exercises/basics -am.

        <!-- kit-only: not for a class -->
        `./roadmap hint basics/adder` shows hints; solutions are under `solutions/basics`.
        <!-- /kit-only -->

        ## basics/adder

        Add.

        ### How to add

        With plus.

        ## basics/greeter

        Greet.
        """);
    out = dir.resolve("class");
  }

  @Test
  @DisplayName(
      "writes a standalone repository: the module, support, trimmed POMs, wrapper, README and workflow")
  void wholeModule() throws IOException {
    FixtureKit.Result result = fixture.run("assign", "basics", "--out", out.toString());

    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("Wrote " + out)
        .contains("2 exercises, 5 points, hints included, no solutions")
        .contains("basics/adder")
        .contains("git init");
    assertThat(out.resolve("exercises/basics/src/main/java/dev/roadmapkit/basics/adder/Adder.java"))
        .hasContent(FixtureKit.ADDER_START);
    assertThat(
            out.resolve(
                "exercises/basics/src/test/java/dev/roadmapkit/basics/greeter/GreeterTest.java"))
        .exists();
    assertThat(out.resolve("exercises/support/src/main/java/dev/roadmapkit/support/Support.java"))
        .exists();
    assertThat(out.resolve("exercises/support/src/test")).doesNotExist();
    assertThat(out.resolve("mvnw")).isExecutable();
    assertThat(out.resolve(".mvn/wrapper/maven-wrapper.properties")).exists();
    assertThat(out.resolve(".gitignore")).content().contains("target/");
    assertThat(out.resolve("exercises/basics/target")).doesNotExist();
    assertThat(files(out)).noneMatch(f -> f.contains("solutions") || f.contains("roadmap-cli"));

    String pom = read("pom.xml");
    assertThat(pom)
        .contains("<module>exercises</module>")
        .doesNotContain("roadmap-core")
        .doesNotContain("roadmap-cli")
        .doesNotContain("<profiles>")
        .doesNotContain("-Pkit")
        .contains("exported from the Backend Roadmap Kit")
        .contains("<!-- Versions of the test stack. -->")
        .contains("<artifactId>exercise-support</artifactId>");
    assertThat(read("exercises/pom.xml"))
        .contains("<module>support</module>")
        .contains("<module>basics</module>")
        .doesNotContain("<module>other</module>")
        .doesNotContain("solutions");

    String moduleReadme = read("exercises/basics/README.md");
    assertThat(moduleReadme)
        .doesNotContain("./roadmap")
        .doesNotContain("solutions/")
        .contains("## basics/greeter")
        .contains("Run ./mvnw -q test");

    String readme = read("README.md");
    assertThat(readme)
        .startsWith("# Basics\n")
        .contains("worth 5 points")
        .contains(
            "./mvnw -B -q test -pl exercises/basics -am -Dsurefire.failIfNoSpecifiedTests=false"
                + " -Dtest=dev.roadmapkit.basics.adder.AdderTest")
        .contains("<details><summary>Hint 1</summary>")
        .contains("The plus operator adds two ints.")
        .doesNotContain("./roadmap");

    ModuleCatalog catalog = CatalogLoader.load(out.resolve("exercises/basics"));
    assertThat(catalog.exercises()).extracting(Exercise::points).containsExactly(2, 3);
    assertThat(catalog.exercises().get(0).hints()).hasSize(3);
  }

  @Test
  @DisplayName(
      "the workflow has one grading step per exercise, with its points, time limit and a reporter")
  void workflow() throws IOException {
    fixture.run("assign", "basics", "--out", out.toString(), "--step-minutes", "7");

    String workflow = read(".github/workflows/classroom.yml");
    assertThat(workflow)
        .contains("id: basicsAdder")
        .contains("id: basicsGreeter")
        .contains("timeout-minutes: 7\n")
        .contains(
            "./mvnw -B -q test -pl exercises/basics -am -Dsurefire.failIfNoSpecifiedTests=false"
                + " -Dtest=dev.roadmapkit.basics.greeter.GreeterTest || true")
        .contains(
            "java .github/classroom/ClassroomResult.java exercises/basics 3"
                + " dev.roadmapkit.basics.greeter.GreeterTest >> \"$GITHUB_OUTPUT\"")
        .contains("uses: classroom-resources/autograding-grading-reporter@v1")
        .contains("BASICSADDER_RESULTS: \"${{ steps.basicsAdder.outputs.result }}\"")
        .contains("runners: basicsAdder,basicsGreeter")
        .contains("java-version: \"17\"")
        .doesNotContain("services:")
        .doesNotContain("autograding-command-grader");
    assertThat(out.resolve(".github/classroom/ClassroomResult.java"))
        .as("the program the grading steps run")
        .isRegularFile();

    JsonNode yaml = new ObjectMapper(new YAMLFactory()).readTree(workflow);
    JsonNode steps = yaml.get("jobs").get("autograding").get("steps");
    List<JsonNode> graders = new ArrayList<>();
    steps.forEach(
        step -> {
          if (step.has("id") && step.path("run").asText().contains("ClassroomResult")) {
            graders.add(step);
          }
        });
    assertThat(graders)
        .extracting(step -> step.get("id").asText())
        .as("step ids of letters and digits only: the reporter refuses others")
        .containsExactly("basicsAdder", "basicsGreeter")
        .allMatch(id -> id.matches("[a-zA-Z0-9]+"));
    assertThat(graders).extracting(step -> step.get("shell").asText()).containsOnly("bash");
    assertThat(yaml.get("permissions").get("checks").asText()).isEqualTo("write");
    assertThat(steps.get(steps.size() - 1).get("with").get("runners").asText())
        .isEqualTo("basicsAdder,basicsGreeter");
  }

  @Test
  @DisplayName("chosen exercises, new points and no hints: the rest is left out everywhere")
  void narrowed() throws IOException {
    FixtureKit.Result result =
        fixture.run(
            "assign",
            "basics",
            "--out",
            out.toString(),
            "--exercise",
            "basics/greeter",
            "--points",
            "greeter=7",
            "--no-hints",
            "--title",
            "Week 3");

    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.out()).contains("1 exercise, 7 points, hints left out");
    assertThat(out.resolve("exercises/basics/src/main/java/dev/roadmapkit/basics/adder"))
        .doesNotExist();
    assertThat(out.resolve("exercises/basics/src/test/java/dev/roadmapkit/basics/adder"))
        .doesNotExist();
    ModuleCatalog catalog = CatalogLoader.load(out.resolve("exercises/basics"));
    assertThat(catalog.exercises())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.id().toString()).isEqualTo("basics/greeter");
              assertThat(e.points()).isEqualTo(7);
              assertThat(e.hints()).isEmpty();
            });
    assertThat(read("exercises/basics/README.md"))
        .doesNotContain("basics/adder")
        .doesNotContain("How to add")
        .contains("## basics/greeter");
    assertThat(read("README.md"))
        .startsWith("# Week 3\n")
        .contains("worth 7 points")
        .doesNotContain("Hint 1")
        .doesNotContain("Strings join with +");
    assertThat(read(".github/workflows/classroom.yml"))
        .contains("exercises/basics 7 dev.roadmapkit.basics.greeter.GreeterTest")
        .doesNotContain("basicsAdder");
  }

  @Test
  @DisplayName("refuses a destination that is not empty, and leaves what is there alone")
  void notEmpty() throws IOException {
    Files.createDirectories(out);
    Files.writeString(out.resolve("notes.txt"), "mine");

    FixtureKit.Result result = fixture.run("assign", "basics", "--out", out.toString());

    assertThat(result.exit()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(result.err())
        .contains("exists and is not an empty directory")
        .doesNotContain("at dev.");
    assertThat(files(out)).containsExactly("notes.txt");
  }

  @Test
  @DisplayName("refuses a destination inside the kit")
  void insideKit() {
    FixtureKit.Result result =
        fixture.run("assign", "basics", "--out", fixture.file("class").toString());

    assertThat(result.exit()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(result.err()).contains("is inside the kit");
    assertThat(fixture.file("class")).doesNotExist();
  }

  @Test
  @DisplayName("bad modules, exercises and points get one line that says what to type")
  void badInput() {
    assertThat(fixture.run("assign", "basic", "--out", out.toString()).err())
        .contains("did you mean 'basics'?");
    assertThat(
            fixture
                .run("assign", "basics", "--out", out.toString(), "-p", "basics/adder=lots")
                .err())
        .contains("must be a whole number, got 'lots'");
    assertThat(fixture.run("assign", "basics", "--out", out.toString(), "-p", "basics/adder").err())
        .contains("--points takes EXERCISE=POINTS");
    assertThat(
            fixture.run("assign", "basics", "--out", out.toString(), "-p", "basics/adder=0").err())
        .contains("between 1 and 1000");
    assertThat(
            fixture
                .run(
                    "assign",
                    "basics",
                    "--out",
                    out.toString(),
                    "-e",
                    "basics/greeter",
                    "-p",
                    "basics/adder=4")
                .err())
        .contains("basics/adder, which is not assigned");
    assertThat(fixture.run("assign", "basics", "--out", out.toString(), "-e", "basics/addr").err())
        .contains("did you mean 'basics/adder'?");
    assertThat(fixture.run("assign", "basics").err()).contains("--out");
    FixtureKit.Result result =
        fixture.run("assign", "basics", "--out", out.toString(), "--step-minutes", "0");
    assertThat(result.exit()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(result.err()).contains("--step-minutes must be between 1 and 360");
    assertThat(out).doesNotExist();
  }

  @Test
  @DisplayName("refuses to leave out an exercise whose code a kept one uses")
  void keptUsesDropped() throws IOException {
    fixture.write(
        "exercises/basics/src/main/java/dev/roadmapkit/basics/greeter/Counter.java",
        "package dev.roadmapkit.basics.greeter;\n\n"
            + "final class Counter { int two() { return new dev.roadmapkit.basics.adder.Adder().add(1, 1); } }\n");

    FixtureKit.Result result =
        fixture.run("assign", "basics", "--out", out.toString(), "-e", "basics/greeter");

    assertThat(result.exit()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(result.err())
        .contains("Counter.java uses the code of basics/adder")
        .contains("assign basics/adder too");
    assertThat(out).doesNotExist();
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("kit");
    }
  }

  private String read(String relative) throws IOException {
    return Files.readString(out.resolve(relative), StandardCharsets.UTF_8);
  }

  private static List<String> files(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths
          .filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }
}
