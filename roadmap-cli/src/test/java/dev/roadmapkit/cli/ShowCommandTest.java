package dev.roadmapkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("./roadmap show")
class ShowCommandTest {

  @Test
  @DisplayName(
      "a topic: its summary, its resources with their kinds, and the exercises that practise it")
  void topic(@TempDir Path dir) throws Exception {
    FixtureKit.Result result = FixtureKit.in(dir).run("show", "core-programming-concepts");

    assertThat(result.exit()).isZero();
    assertThat(result.out())
        .contains("Core Programming Concepts  (core-programming-concepts, in Learn Programming)")
        .contains("Variables, types, control flow")
        .contains("[official] The Java Tutorials: Learning the Java Language")
        .contains("https://docs.oracle.com/javase/tutorial/java/")
        .contains("Exercises that practise it")
        .contains("basics/adder")
        .contains("basics/greeter")
        .contains("Your mark: not marked");
  }

  @Test
  @DisplayName("a reading-only topic: its resources and why no exercise practises it")
  void readingOnlyTopic(@TempDir Path dir) throws Exception {
    FixtureKit.Result result = FixtureKit.in(dir).run("show", "choosing-a-language");

    assertThat(result.exit()).isZero();
    assertThat(result.out())
        .contains("Resources")
        .contains("Dev.java: Learn Java")
        .contains("Reading only: no exercise practises this topic.")
        .contains("the kit is")
        .doesNotContain("Exercises that practise it");
  }

  @Test
  @DisplayName("a section: summary, prerequisites, topics and exercises")
  void section(@TempDir Path dir) throws Exception {
    FixtureKit.Result result = FixtureKit.in(dir).run("show", "programming");

    assertThat(result.exit()).isZero();
    assertThat(result.out())
        .contains("Learn Programming  (programming)")
        .contains("Requires: Operating System and General Knowledge\nFrom: the blog roadmap\n")
        .contains("[ ] core-programming-concepts")
        .containsPattern(
            "choosing-a-language +Choosing Your First Programming Language  \\(reading only\\)")
        .contains("basics/greeter");
  }

  @Test
  @DisplayName("a section that roadmap.sh adds says so")
  void sectionFromRoadmapSh(@TempDir Path dir) throws Exception {
    FixtureKit.Result result = FixtureKit.in(dir).run("show", "real-time-data");

    assertThat(result.exit()).isZero();
    assertThat(result.out())
        .contains("Real-Time Data  (real-time-data)")
        .contains("Requires: API Development, Internet\nFrom: roadmap.sh\n")
        .contains("[ ] server-sent-events");
  }

  @Test
  @DisplayName("a module is shown as its section")
  void module(@TempDir Path dir) throws Exception {
    FixtureKit.Result result = FixtureKit.in(dir).run("show", "basics");

    assertThat(result.out()).contains("Learn Programming  (programming)");
  }

  @Test
  @DisplayName("an exercise: its details and hints seen")
  void exercise(@TempDir Path dir) throws Exception {
    FixtureKit.Result result = FixtureKit.in(dir).run("show", "basics/greeter");

    assertThat(result.exit()).isZero();
    assertThat(result.out())
        .contains("basics/greeter  Greet by name")
        .contains("topics       core-programming-concepts, data-structures-and-algorithms")
        .contains(
            "files        exercises/basics/src/main/java/dev/roadmapkit/basics/greeter/Greeter.java")
        .contains("hints        0 of 2 seen");
  }

  @Test
  @DisplayName("a mistyped topic gets 'did you mean' and exit 2")
  void mistyped(@TempDir Path dir) throws Exception {
    FixtureKit.Result result = FixtureKit.in(dir).run("show", "htpp");

    assertThat(result.exit()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(result.err().strip())
        .isEqualTo("roadmap: unknown topic, section or exercise 'htpp'; did you mean 'http'?");
  }
}
