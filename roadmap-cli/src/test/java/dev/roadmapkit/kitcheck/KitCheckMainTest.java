package dev.roadmapkit.kitcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The kit check's command line")
class KitCheckMainTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return KitCheckMain.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  @DisplayName("bad arguments get one clear line and exit code 2")
  void badArguments() {
    assertThat(run("--root")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("kit check: --root needs a value\n");
    err.reset();
    assertThat(run("--colour", "red")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith("kit check: unknown option --colour");
    err.reset();
    assertThat(run("--root", "/nonexistent", "--mutation-threshold", "lots")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("whole number");
  }

  @Test
  @DisplayName("a root without exercises/ is refused")
  void notAKit(@TempDir Path dir) {
    assertThat(run("--root", dir.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("--root must name the kit's root directory");
  }

  @Test
  @DisplayName("a sound kit exits 0 and ends with the phase times and the summary line")
  void soundKit(@TempDir Path dir) throws Exception {
    FixtureKit kit = new FixtureKit(dir);
    kit.catalogYaml(
            "module: demo\nsection: programming\ntitle: Demo\nexercises:\n  - id: adder\n    title: Add\n"
                + "    kind: implement\n    difficulty: easy\n    points: 5\n    minutes: 10\n"
                + "    topics: [core-programming-concepts, data-structures-and-algorithms,"
                + " project-based-learning, clean-code]\n    files:\n"
                + "      - src/main/java/dev/roadmapkit/demo/adder/Adder.java\n    tests:\n"
                + "      - dev.roadmapkit.demo.adder.AdderTest\n    hints:\n      - Add.\n      - Use +.\n")
        .write();
    WrongSolutionRuns rejectsAll =
        new WrongSolutionRuns() {
          @Override
          public Verdict run(
              Path moduleDir, Path solutionDir, ExerciseView exercise, WrongSolution wrong) {
            return new Verdict.Rejected(List.of("adds two numbers"));
          }

          @Override
          public double seconds() {
            return 1.5;
          }
        };
    for (String name : List.of("minus", "times", "first-only")) {
      kit.wrongSolution(
          name,
          List.of("does not add"),
          Map.of("src/main/java/dev/roadmapkit/demo/adder/Adder.java", "// " + name));
    }
    int status =
        KitCheckMain.check(
            dir,
            80,
            Optional.of(Instant.parse("2026-01-01T00:00:00Z")),
            new SurefireRuns(),
            Optional.of(rejectsAll),
            Optional.empty(),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(status).as(out.toString(StandardCharsets.UTF_8)).isZero();
    String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
    assertThat(lines[lines.length - 2])
        .startsWith(
            "phases: starting-code tests 0.5 s, solution tests 0.5 s, mutation testing 0.0 s,"
                + " wrong solutions 1.5 s");
    assertThat(lines[lines.length - 1])
        .startsWith("kit: 1 exercises, 3 tests; solutions 3/3 pass")
        .endsWith("; wrong solutions 3/3 rejected");
  }

  @Test
  @DisplayName("a broken kit exits 1 and lists each problem under its exercise")
  void brokenKit(@TempDir Path dir) throws Exception {
    new FixtureKit(dir).catalogYaml("module: demo\n").write();
    assertThat(run("--root", dir.toString())).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("The kit is broken:")
        .contains("  demo: [4 catalog]");
  }
}
