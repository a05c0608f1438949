package dev.roadmapkit.kit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roadmapkit.cli.Main;
import dev.roadmapkit.cli.command.CommandContext;
import dev.roadmapkit.cli.kit.Kit;
import dev.roadmapkit.cli.output.Terminal;
import dev.roadmapkit.cli.runner.ModuleBuilder;
import dev.roadmapkit.cli.runner.TestRunner;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A teacher's path through the kit, for real: {@code ./roadmap assign} writes a class's repository
 * with two modules, the repository builds offline with its own Maven Wrapper, {@code ./roadmap
 * grade} (against the teacher's copy of the assignment) gives no points for the starting code and
 * every point once the reference solutions are copied in, and a grading step of its classroom
 * workflow, run as the workflow runs it, scores 0 and then full points the same way. Nothing of the
 * kit's own machinery may be in the repository.
 *
 * <p>It runs in the kit build only (kit/pom.xml), after every module has been built, so the local
 * Maven repository holds everything the exported build needs.
 */
@DisplayName("A teacher's assignment, end to end")
class AssignmentEndToEndTest {

  private static final List<String> MODULES = List.of("caching", "design-principles");

  /** Top-level paths of the kit that are its own machinery, never a class's. */
  private static final List<String> KIT_ONLY_PATHS =
      List.of(
          "solutions",
          "kit",
          ".ci",
          "roadmap-cli",
          "roadmap-core",
          "bench",
          "roadmap",
          "roadmap.cmd",
          ".roadmap",
          ".github/workflows/kit.yml");

  /** Text that steers the kit's own build or points at what a class does not get. */
  private static final Pattern KIT_STEERING =
      Pattern.compile("solutions/|\\./roadmap\\b|-Pkit\\b|<id>kit</id>|kit check|kit build");

  private final Path kit =
      Path.of(System.getProperty("kit.root", "..")).toAbsolutePath().normalize();

  @Test
  @Timeout(value = 20, unit = TimeUnit.MINUTES)
  @DisplayName(
      "assign two modules: the export builds offline with its own wrapper, grades 0 on the starting"
          + " code and full points with the solutions, and leaks nothing of the kit")
  void assignBuildAndGrade(@TempDir Path tmp) throws Exception {
    Path repo = tmp.resolve("class");

    Cli assign = cli("assign", MODULES.get(0), MODULES.get(1), "--out", repo.toString());
    assertThat(assign.exit()).as("./roadmap assign said:%n%s", assign.output()).isZero();
    // The teacher's copy of the assignment, which a student's repository is graded against.
    Path assignment = tmp.resolve("assignment");
    Cli again = cli("assign", MODULES.get(0), MODULES.get(1), "--out", assignment.toString());
    assertThat(again.exit()).as("./roadmap assign said:%n%s", again.output()).isZero();
    assertNothingOfTheKitLeaks(repo);
    Path gradingStep = firstGradingStep(repo, tmp.resolve("step.sh"));

    Run starting = run(repo, tmp.resolve("starting.log"), "./mvnw", "-B", "-fae", "test");
    JsonNode zero = grade(repo, starting, "--against", assignment.toString());
    assertThat(zero.get("max").asInt()).as("points to earn").isPositive();
    assertThat(zero.get("earned").asInt())
        .as("points for the starting code; the build said:%n%s", starting.tail())
        .isZero();
    for (JsonNode exercise : zero.get("exercises")) {
      assertThat(exercise.get("status").asText())
          .as("%s on the starting code (its tests must run, and fail)", exercise.get("id"))
          .isEqualTo("failed");
    }
    JsonNode stepOnStart = runStep(repo, gradingStep, tmp.resolve("step-starting"));
    assertThat(stepOnStart.get("status").asText())
        .as("the first grading step's result on the starting code: %s", stepOnStart)
        .isEqualTo("fail");
    assertThat(score(stepOnStart)).as("its score: %s", stepOnStart).isZero();

    copySolutions(repo);
    Run solved = run(repo, tmp.resolve("solved.log"), "./mvnw", "-B", "test");
    assertThat(solved.exit()).as("the build with the solutions:%n%s", solved.tail()).isZero();
    JsonNode full = grade(repo, solved, "--against", assignment.toString());
    assertThat(full.get("earned").asInt())
        .as("points with the solutions: %s", full)
        .isEqualTo(full.get("max").asInt())
        .isEqualTo(zero.get("max").asInt());
    JsonNode stepOnSolution = runStep(repo, gradingStep, tmp.resolve("step-solved"));
    assertThat(stepOnSolution.get("status").asText())
        .as("the first grading step's result with the solutions: %s", stepOnSolution)
        .isEqualTo("pass");
    assertThat(score(stepOnSolution))
        .as("its score: %s", stepOnSolution)
        .isEqualTo(stepOnSolution.get("max_score").asInt())
        .isPositive();
  }

  private void assertNothingOfTheKitLeaks(Path repo) throws IOException {
    for (String path : KIT_ONLY_PATHS) {
      assertThat(repo.resolve(path))
          .as("the kit's %s in a class's repository", path)
          .doesNotExist();
    }
    List<Path> files = files(repo);
    for (Path file : files) {
      String relative = repo.relativize(file).toString().replace('\\', '/');
      if (relative.startsWith("exercises/support/src/")) {
        // The test support library goes along as it is.
        assertThat(file).hasSameBinaryContentAs(kit.resolve(relative));
        continue;
      }
      if (relative.matches("exercises/[^/]+/src/.*")) {
        // Starting code and tests exactly as the kit has them: no reference solution.
        assertThat(file).as(relative).hasSameBinaryContentAs(kit.resolve(relative));
        continue;
      }
      if (relative.equals("mvnw") || relative.equals("mvnw.cmd") || relative.startsWith(".mvn/")) {
        continue;
      }
      Matcher steering = KIT_STEERING.matcher(Files.readString(file, StandardCharsets.UTF_8));
      boolean found = steering.find();
      assertThat(found)
          .as("%s speaks of the kit: '%s'", relative, found ? steering.group() : "")
          .isFalse();
    }
  }

  private void copySolutions(Path repo) throws IOException {
    for (String module : MODULES) {
      Path solutions = kit.resolve("solutions").resolve(module).resolve("src/main");
      for (Path solution : files(solutions)) {
        Path target =
            repo.resolve("exercises")
                .resolve(module)
                .resolve("src/main")
                .resolve(solutions.relativize(solution).toString());
        Files.createDirectories(target.getParent());
        Files.copy(solution, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  /** The script of the workflow's first grading step, written to {@code script}. */
  private static Path firstGradingStep(Path repo, Path script) throws IOException {
    String workflow =
        Files.readString(repo.resolve(".github/workflows/classroom.yml"), StandardCharsets.UTF_8);
    Matcher step = Pattern.compile("\\n +run: \\|\\n((?: {10}.*\\n)+)").matcher(workflow);
    while (step.find()) {
      if (step.group(1).contains("ClassroomResult")) {
        Files.writeString(script, step.group(1).replaceAll("(?m)^ {10}", ""));
        return script;
      }
    }
    throw new AssertionError("no grading step in classroom.yml:\n" + workflow);
  }

  /** Runs a grading step's script as the workflow does and decodes the result it outputs. */
  private static JsonNode runStep(Path repo, Path script, Path prefix) throws Exception {
    Path output = Path.of(prefix + ".output");
    Files.writeString(output, "");
    Run step =
        run(
            repo,
            Path.of(prefix + ".log"),
            "env",
            "GITHUB_OUTPUT=" + output,
            "bash",
            script.toString());
    assertThat(step.exit()).as("the grading step: %s", step.tail()).isZero();
    String tail = step.tail();
    String result =
        Files.readAllLines(output, StandardCharsets.UTF_8).stream()
            .filter(line -> line.startsWith("result="))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no result in $GITHUB_OUTPUT: " + tail));
    return new ObjectMapper()
        .readTree(Base64.getDecoder().decode(result.substring("result=".length())));
  }

  private static int score(JsonNode result) {
    int sum = 0;
    for (JsonNode test : result.get("tests")) {
      sum += test.get("score").asInt();
    }
    return sum;
  }

  private JsonNode grade(Path repo, Run build, String... options) throws IOException {
    List<String> args = new ArrayList<>(List.of("grade", repo.toString(), "--format", "json"));
    args.addAll(List.of(options));
    Cli grade = cli(args.toArray(String[]::new));
    assertThat(grade.exit())
        .as(
            "./roadmap grade said:%n%s%nafter the build that said:%n%s",
            grade.output(), build.tail())
        .isZero();
    return new ObjectMapper().readTree(grade.stdout());
  }

  private record Cli(int exit, String stdout, String output) {}

  private Cli cli(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Terminal terminal =
        new Terminal(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            new ByteArrayInputStream(new byte[0]),
            false,
            StandardCharsets.UTF_8);
    CommandContext context =
        new CommandContext(
            () -> Kit.at(kit),
            terminal,
            Clock.systemUTC(),
            k -> ModuleBuilder.manual(),
            TestRunner.DEFAULT_TEST_STALL_LIMIT,
            "git",
            Duration.ofMillis(30));
    int exit = Main.run(args, context);
    String stdout = out.toString(StandardCharsets.UTF_8);
    return new Cli(exit, stdout, stdout + err.toString(StandardCharsets.UTF_8));
  }

  private record Run(int exit, Path log) {
    String tail() throws IOException {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }
  }

  /** Runs a command in the repository, offline, on the kit build's local Maven repository. */
  private static Run run(Path repo, Path log, String... command)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(repo.toFile());
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    List<String> mavenArgs = new ArrayList<>(List.of("-o"));
    String localRepository = System.getProperty("kit.localRepository", "");
    if (!localRepository.isBlank()) {
      mavenArgs.add("-Dmaven.repo.local=" + localRepository);
    }
    builder.environment().put("MAVEN_ARGS", String.join(" ", mavenArgs));
    Process process = builder.start();
    if (!process.waitFor(8, TimeUnit.MINUTES)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      throw new AssertionError(
          Arrays.toString(command) + " ran for 8 minutes; its output:\n" + new Run(-1, log).tail());
    }
    return new Run(process.exitValue(), log);
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
