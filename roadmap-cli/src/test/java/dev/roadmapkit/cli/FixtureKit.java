package dev.roadmapkit.cli;

import dev.roadmapkit.cli.command.CommandContext;
import dev.roadmapkit.cli.kit.Kit;
import dev.roadmapkit.cli.output.Terminal;
import dev.roadmapkit.cli.runner.ModuleBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A small kit on disk for the CLI's tests: one module, {@code basics}, with two exercises (an adder
 * and a greeter) as a learner gets them after the build: starting code, compiled tests, the test
 * class path file (the JUnit jars of this test run), and reference solutions. The tests' default
 * timeout is 2 s, so that an endless loop fails fast.
 *
 * <p>The tests are compiled once per test run into a template that each fixture copies.
 */
final class FixtureKit {

  static final String ADDER =
      "exercises/basics/src/main/java/dev/roadmapkit/basics/adder/Adder.java";
  static final String GREETER =
      "exercises/basics/src/main/java/dev/roadmapkit/basics/greeter/Greeter.java";

  static final String ADDER_START =
      """
      package dev.roadmapkit.basics.adder;

      /** Adds numbers. The task: make add return the sum. */
      public final class Adder {
        public int add(int a, int b) {
          throw new UnsupportedOperationException("TODO basics/adder: return the sum of a and b");
        }
      }
      """;

  static final String ADDER_SOLVED =
      """
      package dev.roadmapkit.basics.adder;

      /** Adds numbers. */
      public final class Adder {
        public int add(int a, int b) {
          return a + b;
        }
      }
      """;

  static final String GREETER_START =
      """
      package dev.roadmapkit.basics.greeter;

      /** Greets people. The task: greet by name. */
      public final class Greeter {
        public String greet(String name) {
          return "TODO";
        }
      }
      """;

  static final String GREETER_SOLVED =
      """
      package dev.roadmapkit.basics.greeter;

      /** Greets people. */
      public final class Greeter {
        public String greet(String name) {
          return "Hello, " + name + "!";
        }
      }
      """;

  private static final String CATALOG =
      """
      module: basics
      section: programming
      title: Basics
      exercises:
        - id: adder
          title: Add two numbers
          kind: implement
          difficulty: easy
          points: 2
          minutes: 5
          topics: [core-programming-concepts, clean-code, project-based-learning]
          files:
            - src/main/java/dev/roadmapkit/basics/adder/Adder.java
          tests:
            - dev.roadmapkit.basics.adder.AdderTest
          hints:
            - The plus operator adds two ints.
            - Return the sum instead of throwing.
            - "return a + b;"
        - id: greeter
          title: Greet by name
          kind: implement
          difficulty: easy
          points: 3
          minutes: 5
          topics: [core-programming-concepts, data-structures-and-algorithms]
          files:
            - src/main/java/dev/roadmapkit/basics/greeter/Greeter.java
          tests:
            - dev.roadmapkit.basics.greeter.GreeterTest
          hints:
            - Strings join with +.
            - "return \\"Hello, \\" + name + \\"!\\";"
      """;

  private static final String ADDER_TEST =
      """
      package dev.roadmapkit.basics.adder;

      import static org.assertj.core.api.Assertions.assertThat;

      import org.junit.jupiter.api.DisplayName;
      import org.junit.jupiter.api.Test;

      class AdderTest {
        @Test
        @DisplayName("adds two numbers")
        void addsTwoNumbers() {
          assertThat(new Adder().add(2, 3)).as("2 + 3 must be 5").isEqualTo(5);
        }

        @Test
        @DisplayName("adds negative numbers")
        void addsNegativeNumbers() {
          assertThat(new Adder().add(-2, -3)).as("-2 + -3 must be -5").isEqualTo(-5);
        }
      }
      """;

  private static final String GREETER_TEST =
      """
      package dev.roadmapkit.basics.greeter;

      import static org.assertj.core.api.Assertions.assertThat;

      import org.junit.jupiter.api.DisplayName;
      import org.junit.jupiter.api.Test;

      class GreeterTest {
        private final Greeter greeter = new Greeter();

        @Test
        @DisplayName("greets by name")
        void greetsByName() {
          assertThat(greeter.greet("Ada")).as("the greeting for Ada").isEqualTo("Hello, Ada!");
        }
      }
      """;

  private static final String PROPERTIES =
      """
      junit.jupiter.execution.timeout.default = 2 s
      junit.jupiter.execution.timeout.thread.mode.default = SEPARATE_THREAD
      """;

  private static final String README =
      "# Basics\n\n## basics/adder\n\nAdd.\n\n## basics/greeter\n\nGreet.\n";

  private static Path template;

  private final Path root;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private ModuleBuilder builder = ModuleBuilder.manual();
  private Duration stallLimit = Duration.ofSeconds(20);
  private String git = "git";
  private String input = "";
  private boolean interactive;

  private FixtureKit(Path root) {
    this.root = root;
  }

  /** Writes the kit into {@code dir}, which must be empty. */
  static FixtureKit in(Path dir) throws IOException {
    copyTree(template(), dir);
    // Compiled tests must look newer than their sources, as after a build.
    setTimes(dir.resolve("exercises/basics/target"), Instant.now());
    return new FixtureKit(dir);
  }

  Path root() {
    return root;
  }

  Path file(String relative) {
    return root.resolve(relative);
  }

  String read(String relative) throws IOException {
    return Files.readString(file(relative), StandardCharsets.UTF_8);
  }

  /** Writes a file, with a modification time after any earlier one, as an editor saves it. */
  void write(String relative, String content) throws IOException {
    Path file = file(relative);
    FileTime before = Files.exists(file) ? Files.getLastModifiedTime(file) : FileTime.fromMillis(0);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
    if (Files.getLastModifiedTime(file).compareTo(before) <= 0) {
      Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 1000));
    }
  }

  FixtureKit builder(ModuleBuilder moduleBuilder) {
    this.builder = moduleBuilder;
    return this;
  }

  FixtureKit stallLimit(Duration limit) {
    this.stallLimit = limit;
    return this;
  }

  FixtureKit git(String command) {
    this.git = command;
    return this;
  }

  FixtureKit console(String answers) {
    this.interactive = true;
    this.input = answers;
    return this;
  }

  /** A context over this kit, writing to this fixture's buffers. */
  CommandContext context() {
    Terminal terminal =
        new Terminal(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
            interactive,
            StandardCharsets.UTF_8);
    Function<Kit, ModuleBuilder> builders = kit -> builder;
    return new CommandContext(
        () -> Kit.at(root),
        terminal,
        Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC),
        builders,
        stallLimit,
        git,
        Duration.ofMillis(50));
  }

  /** The outcome of one command. */
  record Result(int exit, String out, String err) {}

  /** Runs {@code ./roadmap args...} to its end. */
  Result run(String... args) {
    out.reset();
    err.reset();
    int exit = Main.run(args, context());
    return new Result(exit, out(), err());
  }

  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  String progressJson() throws IOException {
    Path file = root.resolve(".roadmap/progress.json");
    return Files.exists(file) ? Files.readString(file) : "";
  }

  /** Makes the kit a git repository with everything committed, as a clone is. */
  void commitAll() throws IOException, InterruptedException {
    git("init", "-q");
    git("add", "-A");
    git(
        "-c",
        "user.name=Test",
        "-c",
        "user.email=test@example.com",
        "commit",
        "-q",
        "-m",
        "the kit");
  }

  private void git(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IOException("git " + String.join(" ", args) + " failed: " + output);
    }
  }

  static boolean gitAvailable() {
    try {
      return new ProcessBuilder("git", "--version").start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static synchronized Path template() throws IOException {
    if (template != null) {
      return template;
    }
    Path dir = Files.createTempDirectory("roadmap-cli-fixture");
    // Shared by every test of the run; removed with the test JVM, as each fixture's own copy is.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
    Path module = dir.resolve("exercises/basics");
    Files.writeString(Files.createDirectories(dir).resolve("pom.xml"), "<project/>\n");
    Files.createDirectories(module);
    Files.writeString(module.resolve("pom.xml"), "<project/>\n");
    Files.writeString(dir.resolve("exercises/pom.xml"), "<project/>\n");
    Files.writeString(module.resolve("exercises.yaml"), CATALOG);
    Files.writeString(module.resolve("README.md"), README);
    writeSource(dir.resolve(ADDER), ADDER_START);
    writeSource(dir.resolve(GREETER), GREETER_START);
    Path solution = dir.resolve("solutions/basics");
    Files.createDirectories(solution);
    Files.writeString(solution.resolve("pom.xml"), "<project/>\n");
    writeSource(
        solution.resolve("src/main/java/dev/roadmapkit/basics/adder/Adder.java"), ADDER_SOLVED);
    writeSource(
        solution.resolve("src/main/java/dev/roadmapkit/basics/greeter/Greeter.java"),
        GREETER_SOLVED);
    // Three wrong solutions per exercise, each rejected by the tests (invariant 9).
    for (String[] wrong :
        new String[][] {
          {"adder", "subtracts", "a - b", "returns a - b instead of the sum"},
          {"adder", "ignores-b", "a", "returns a and ignores b"},
          {"adder", "absolute-values", "Math.abs(a) + Math.abs(b)", "adds the absolute values"},
        }) {
      writeWrongSolution(
          solution, wrong[0], wrong[1], wrong[3], ADDER_SOLVED.replace("a + b", wrong[2]));
    }
    for (String[] wrong :
        new String[][] {
          {"no-comma", "Hello ", "leaves out the comma after Hello"},
          {"hi", "Hi, ", "says Hi instead of Hello"},
          {"lower-case", "hello, ", "starts with a lower-case hello"},
        }) {
      writeWrongSolution(
          solution, "greeter", wrong[0], wrong[2], GREETER_SOLVED.replace("Hello, ", wrong[1]));
    }
    Path adderTest = module.resolve("src/test/java/dev/roadmapkit/basics/adder/AdderTest.java");
    Path greeterTest =
        module.resolve("src/test/java/dev/roadmapkit/basics/greeter/GreeterTest.java");
    writeSource(adderTest, ADDER_TEST);
    writeSource(greeterTest, GREETER_TEST);

    List<String> jars = testClasspath();
    Path supportJar = dir.resolve("repository/exercise-support-0.1.0.jar");
    Files.createDirectories(supportJar.getParent());
    try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(supportJar))) {
      // empty: only its name matters, to the kit check (the default timeout's carrier)
    }
    List<String> classpath = new ArrayList<>(jars);
    classpath.add(supportJar.toString());
    Path target = Files.createDirectories(module.resolve("target"));
    Files.writeString(
        target.resolve("test-classpath.txt"), String.join(File.pathSeparator, classpath));
    Path solutionClasses = dir.resolve("solution-classes");
    compile(
        List.of(
            solution.resolve("src/main/java/dev/roadmapkit/basics/adder/Adder.java"),
            solution.resolve("src/main/java/dev/roadmapkit/basics/greeter/Greeter.java")),
        solutionClasses,
        jars);
    List<String> testCompileClasspath = new ArrayList<>(jars);
    testCompileClasspath.add(solutionClasses.toString());
    Path testClasses = Files.createDirectories(target.resolve("test-classes"));
    compile(List.of(adderTest, greeterTest), testClasses, testCompileClasspath);
    Files.writeString(testClasses.resolve("junit-platform.properties"), PROPERTIES);
    setTimes(dir, Instant.now().minusSeconds(3600));
    template = dir;
    return dir;
  }

  /** The jars the fixture's tests need, found where this test run loaded them from. */
  private static List<String> testClasspath() {
    List<String> jars = new ArrayList<>();
    for (String type :
        List.of(
            "org.junit.jupiter.api.Test",
            "org.junit.jupiter.engine.JupiterTestEngine",
            "org.junit.jupiter.params.ParameterizedTest",
            "org.junit.platform.commons.util.ReflectionUtils",
            "org.junit.platform.engine.TestEngine",
            "org.junit.platform.launcher.core.LauncherFactory",
            "org.opentest4j.AssertionFailedError",
            "org.apiguardian.api.API",
            "org.assertj.core.api.Assertions")) {
      try {
        String jar =
            Path.of(Class.forName(type).getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
        if (!jars.contains(jar)) {
          jars.add(jar);
        }
      } catch (ReflectiveOperationException | java.net.URISyntaxException e) {
        throw new IllegalStateException("cannot find the jar of " + type, e);
      }
    }
    return jars;
  }

  private static void compile(List<Path> sources, Path output, List<String> classpath)
      throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "-d",
                output.toString(),
                "-classpath",
                String.join(File.pathSeparator, classpath),
                "-proc:none",
                "-nowarn"));
    sources.forEach(source -> arguments.add(source.toString()));
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int status = compiler.run(null, null, errors, arguments.toArray(String[]::new));
    if (status != 0) {
      throw new IllegalStateException("the fixture does not compile: " + errors);
    }
  }

  private static void writeSource(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path path : paths.toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(
              path,
              target,
              StandardCopyOption.REPLACE_EXISTING,
              StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  private static void setTimes(Path dir, Instant time) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths
          .filter(Files::isRegularFile)
          .forEach(
              file -> {
                try {
                  Files.setLastModifiedTime(file, FileTime.from(time));
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }

  private static void deleteTree(Path dir) {
    try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | java.io.UncheckedIOException e) {
      // the JVM is exiting; a leftover temporary directory is all that can go wrong
    }
  }

  /** Writes a wrong solution of a basics exercise into the solution module's gallery. */
  static void writeWrongSolution(
      Path solutionModule, String exercise, String name, String bug, String source)
      throws IOException {
    Path dir = solutionModule.resolve("wrong").resolve(exercise).resolve(name);
    String type =
        exercise.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + exercise.substring(1);
    writeSource(
        dir.resolve("src/main/java/dev/roadmapkit/basics/" + exercise + "/" + type + ".java"),
        source);
    Files.writeString(dir.resolve("bug.txt"), bug + "\n");
  }
}
