package dev.roadmapkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmapkit.cli.runner.BuildException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("./roadmap check")
class CheckCommandTest {

  @Test
  @DisplayName(
      "on the starting code: the reason the tests fail once with its message, the other tests"
          + " named, a verdict, exit 1, progress failing")
  void failing(@TempDir Path dir) throws Exception {
    FixtureKit fixture = FixtureKit.in(dir);

    FixtureKit.Result result = fixture.run("check", "basics/adder");

    assertThat(result.exit()).isEqualTo(ExitCode.NOT_DONE.code());
    assertThat(result.out().replace("\r\n", "\n"))
        .contains("basics/adder  Add two numbers")
        .contains(
            "  \u2718 adds negative numbers\n"
                + "      UnsupportedOperationException: TODO basics/adder: return the sum of a and b\n"
                + "      at Adder.add(Adder.java:6)\n"
                + "    1 more test fails for the same reason:\n"
                + "      \u2718 adds two numbers\n")
        .containsPattern("\u2718 basics/adder: 0 of 2 tests pass \\(compiled in \\d+ (ms|s)")
        .contains(
            "open exercises/basics/src/main/java/dev/roadmapkit/basics/adder/Adder.java and read"
                + " the task in its Javadoc; stuck? ./roadmap hint basics/adder");
    assertThat(result.err()).isEmpty();
    assertThat(fixture.progressJson()).contains("\"basics/adder\"").contains("\"failing\"");
  }

  @Test
  @DisplayName("with --every-test: every test with its whole message")
  void everyTest(@TempDir Path dir) throws Exception {
    FixtureKit.Result result = FixtureKit.in(dir).run("check", "basics/adder", "--every-test");

    assertThat(result.exit()).isEqualTo(ExitCode.NOT_DONE.code());
    assertThat(result.out().replace("\r\n", "\n"))
        .doesNotContain("for the same reason")
        .contains(
            "  \u2718 adds two numbers\n"
                + "      UnsupportedOperationException: TODO basics/adder: return the sum of a and b\n");
  }

  @Test
  @DisplayName("on solved code: every test passes, exit 0, progress passing, and the next exercise")
  void passing(@TempDir Path dir) throws Exception {
    FixtureKit fixture = FixtureKit.in(dir);
    fixture.write(FixtureKit.ADDER, FixtureKit.ADDER_SOLVED);

    FixtureKit.Result result = fixture.run("check", "adder");

    assertThat(result.exit()).isZero();
    assertThat(result.out())
        .contains("  \u2714 adds two numbers")
        .contains("\u2714 basics/adder passes: 2 of 2 tests")
        .contains("next: basics/greeter  Greet by name: open exercises/basics/src/main/java");
    assertThat(fixture.progressJson()).contains("\"passing\"");
  }

  @Test
  @DisplayName("an assertion's failure shows its description and values, without a stack trace")
  void assertionMessage(@TempDir Path dir) throws Exception {
    FixtureKit fixture = FixtureKit.in(dir);

    FixtureKit.Result result = fixture.run("check", "basics/greeter");

    assertThat(result.exit()).isEqualTo(ExitCode.NOT_DONE.code());
    assertThat(result.out())
        .contains("  \u2718 greets by name")
        .contains("[the greeting for Ada]")
        .contains("\"Hello, Ada!\"")
        .doesNotContain("\tat ")
        .doesNotContain("org.junit");
  }

  @Test
  @DisplayName("a module: every exercise of it, with a verdict each")
  void module(@TempDir Path dir) throws Exception {
    FixtureKit fixture = FixtureKit.in(dir);
    fixture.write(FixtureKit.GREETER, FixtureKit.GREETER_SOLVED);

    FixtureKit.Result result = fixture.run("check", "basics");

    assertThat(result.exit()).isEqualTo(ExitCode.NOT_DONE.code());
    assertThat(result.out())
        .contains("\u2718 basics/adder: 0 of 2 tests pass")
        .contains("\u2714 basics/greeter passes: 1 of 1 test ");
    assertThat(fixture.progressJson()).contains("\"failing\"").contains("\"passing\"");
  }

  @Test
  @DisplayName("without an argument: the next exercise in learning order")
  void next(@TempDir Path dir) throws Exception {
    FixtureKit fixture = FixtureKit.in(dir);
    fixture.write(FixtureKit.ADDER, FixtureKit.ADDER_SOLVED);
    fixture.run("check", "basics/adder");

    FixtureKit.Result result = fixture.run("check");

    assertThat(result.out()).contains("basics/greeter  Greet by name").doesNotContain("adds two");
  }

  @Test
  @DisplayName("a compile error is shown like javac's, with file and line, and exit 1")
  void compileError(@TempDir Path dir) throws Exception {
    FixtureKit fixture = FixtureKit.in(dir);
    fixture.write(
        FixtureKit.ADDER, FixtureKit.ADDER_SOLVED.replace("return a + b;", "return a +;"));

    FixtureKit.Result result = fixture.run("check", "basics/adder");

    assertThat(result.exit()).isEqualTo(ExitCode.NOT_DONE.code());
    assertThat(result.out())
        .contains(
            "exercises/basics/src/main/java/dev/roadmapkit/basics/adder/Adder.java:6: error:"
                + " illegal start of expression")
        .contains("    return a +;")
        .contains("1 error")
        .contains("\u2718 basics/adder does not compile: fix the error above, then check again");
    assertThat(result.err()).isEmpty();
    assertThat(fixture.progressJson()).contains("\"failing\"");
  }

  @Test
  @DisplayName("an endless loop is stopped by the default timeout, with a message about loops")
  void endlessLoop(@TempDir Path dir) throws Exception {
    FixtureKit fixture = FixtureKit.in(dir);
    // Bounded, so that on a Java that cannot stop threads the loop still ends by itself.
    fixture.write(
        FixtureKit.ADDER,
        FixtureKit.ADDER_SOLVED.replace(
            "return a + b;",
            "long end = System.nanoTime() + 20_000_000_000L; while (System.nanoTime() < end) { }"
                + " return a + b;"));

    long start = System.nanoTime();
    FixtureKit.Result result = fixture.run("check", "basics/adder");

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
    assertThat(result.exit()).isEqualTo(ExitCode.NOT_DONE.code());
    assertThat(result.out())
        .contains("timed out after 2 seconds")
        .contains("look for an endless loop or a deadlock in your code");
  }

  @Test
  @DisplayName("a loop no timeout can stop (in a constructor) is abandoned after the stall limit")
  void stuck(@TempDir Path dir) throws Exception {
    FixtureKit fixture = FixtureKit.in(dir).stallLimit(Duration.ofSeconds(2));
    fixture.write(
        FixtureKit.GREETER,
        FixtureKit.GREETER_SOLVED.replace(
            "public final class Greeter {",
            "public final class Greeter {\n  public Greeter() { long end = System.nanoTime() +"
                + " 20_000_000_000L; while (System.nanoTime() < end) { } }"));

    long start = System.nanoTime();
    FixtureKit.Result result = fixture.run("check", "basics/greeter");

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
    assertThat(result.exit()).isEqualTo(ExitCode.NOT_DONE.code());
    assertThat(result.out())
        .contains("\u2718 GreeterTest could not run")
        .contains("your code did not finish within 2 s while the tests were being set up")
        .contains("\u2718 basics/greeter: 0 of 1 test passes");
  }

  @Test
  @DisplayName("a mistyped id gets 'did you mean', exit 2, and no test runs")
  void mistypedId(@TempDir Path dir) throws Exception {
    FixtureKit fixture = FixtureKit.in(dir);

    FixtureKit.Result result = fixture.run("check", "basics/ader");

    assertThat(result.exit()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(result.err().strip())
        .isEqualTo(
            "roadmap: unknown exercise or module 'basics/ader'; did you mean 'basics/adder'?");
    assertThat(result.out()).isEmpty();
    assertThat(fixture.progressJson()).isEmpty();
  }

  @Test
  @DisplayName("a missing build triggers the build, then the check runs")
  void missingBuildIsBuilt(@TempDir Path dir) throws Exception {
    FixtureKit fixture = FixtureKit.in(dir);
    Path classpath = fixture.file("exercises/basics/target/test-classpath.txt");
    String content = Files.readString(classpath);
    Files.delete(classpath);
    List<String> builds = new ArrayList<>();
    fixture.builder(
        (module, reason) -> {
          builds.add(module + ": " + reason);
          try {
            Files.writeString(classpath, content);
          } catch (java.io.IOException e) {
            throw new BuildException("cannot write", e);
          }
        });

    FixtureKit.Result result = fixture.run("check", "basics/adder");

    assertThat(builds)
        .containsExactly("exercises/basics: first check: its tests are not built yet");
    assertThat(result.out()).contains("\u2718 basics/adder: 0 of 2 tests pass");
  }

  @Test
  @DisplayName("a missing build that cannot be made says how to make it, in one line, exit 3")
  void missingBuildSaysHow(@TempDir Path dir) throws Exception {
    FixtureKit fixture = FixtureKit.in(dir);
    Files.delete(fixture.file("exercises/basics/target/test-classpath.txt"));

    FixtureKit.Result result = fixture.run("check", "basics/adder");

    assertThat(result.exit()).isEqualTo(ExitCode.KIT_PROBLEM.code());
    assertThat(result.err().lines()).hasSize(1);
    assertThat(result.err())
        .contains("build it with ./mvnw -q test-compile -pl exercises/basics -am");
  }

  @Test
  @DisplayName("tests changed since they were compiled: the build is asked to compile them again")
  void staleTests(@TempDir Path dir) throws Exception {
    FixtureKit fixture = FixtureKit.in(dir);
    String testFile = "exercises/basics/src/test/java/dev/roadmapkit/basics/adder/AdderTest.java";
    fixture.write(testFile, fixture.read(testFile) + "\n");
    Files.setLastModifiedTime(
        fixture.file(testFile),
        java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));
    List<String> builds = new ArrayList<>();
    fixture.builder((module, reason) -> builds.add(reason));

    fixture.run("check", "basics/adder");

    assertThat(builds).containsExactly("its tests changed");
  }
}
