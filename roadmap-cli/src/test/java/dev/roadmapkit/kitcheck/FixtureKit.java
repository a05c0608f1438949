package dev.roadmapkit.kitcheck;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A small kit on disk, as the kit build leaves it behind: one exercise module "demo" with compiled
 * starting code, solution and tests, Surefire reports of both runs and a PIT report. Each test
 * changes one thing and checks that the kit check notices.
 */
final class FixtureKit {

  static final String PACKAGE = "dev.roadmapkit.demo.adder";
  static final String EXERCISE = "demo/adder";

  private final Path root;
  private final Map<String, String> starting = new LinkedHashMap<>();
  private final Map<String, String> solution = new LinkedHashMap<>();
  private final Map<String, String> tests = new LinkedHashMap<>();
  private final Map<String, String> startingResults = new LinkedHashMap<>();
  private final Map<String, String> solutionResults = new LinkedHashMap<>();
  private int mutants = 10;
  private int detected = 9;
  private String readme = "# demo\n\n## demo/adder\n";
  private String catalogYaml = "# read by the fake catalog source\n";
  private List<String> catalogTests = List.of(PACKAGE + ".AdderTest");
  private List<String> catalogFiles = List.of("src/main/java/dev/roadmapkit/demo/adder/Adder.java");

  FixtureKit(Path root) {
    this.root = root;
    String adderStart =
        "package "
            + PACKAGE
            + ";\n"
            + "public final class Adder {\n"
            + "  public int add(int a, int b) { throw new UnsupportedOperationException(\"TODO\"); }\n"
            + "}\n";
    String adderSolution =
        "package "
            + PACKAGE
            + ";\n"
            + "public final class Adder {\n"
            + "  public int add(int a, int b) { return a + b; }\n"
            + "}\n";
    starting.put("Adder", adderStart);
    solution.put("Adder", adderSolution);
    tests.put(
        "AdderTest",
        "package "
            + PACKAGE
            + ";\n"
            + "import org.junit.jupiter.api.*;\n"
            + "class AdderTest {\n"
            + "  @Test void addsTwoNumbers() {}\n"
            + "  @Test void addsNegativeNumbers() {}\n"
            + "  @Test @Tag(\"guard\") void classIsFinal() {}\n"
            + "}\n");
    failsOnStartingCode("AdderTest", "addsTwoNumbers");
    failsOnStartingCode("AdderTest", "addsNegativeNumbers");
    passesOnStartingCode("AdderTest", "classIsFinal");
    passesOnSolution("AdderTest", "addsTwoNumbers");
    passesOnSolution("AdderTest", "addsNegativeNumbers");
    passesOnSolution("AdderTest", "classIsFinal");
  }

  FixtureKit solutionSource(String className, String source) {
    solution.put(className, source);
    return this;
  }

  FixtureKit testSource(String className, String source) {
    tests.put(className, source);
    return this;
  }

  FixtureKit passesOnStartingCode(String testClass, String method) {
    startingResults.put(testClass + "#" + method, "");
    return this;
  }

  FixtureKit failsOnStartingCode(String testClass, String method) {
    startingResults.put(
        testClass + "#" + method, "<failure message=\"expected 3\" type=\"AssertionError\"/>");
    return this;
  }

  FixtureKit skippedOnStartingCode(String testClass, String method, String reason) {
    startingResults.put(testClass + "#" + method, "<skipped message=\"" + reason + "\"/>");
    return this;
  }

  FixtureKit passesOnSolution(String testClass, String method) {
    solutionResults.put(testClass + "#" + method, "");
    return this;
  }

  FixtureKit failsOnSolution(String testClass, String method) {
    solutionResults.put(
        testClass + "#" + method,
        "<failure message=\"expected 3 but was 4\" type=\"AssertionError\"/>");
    return this;
  }

  FixtureKit notRunOnSolution(String testClass, String method) {
    solutionResults.remove(testClass + "#" + method);
    return this;
  }

  FixtureKit mutationScore(int total, int detectedMutants) {
    this.mutants = total;
    this.detected = detectedMutants;
    return this;
  }

  FixtureKit catalogYaml(String yaml) {
    this.catalogYaml = yaml;
    return this;
  }

  FixtureKit readme(String text) {
    this.readme = text;
    return this;
  }

  FixtureKit catalogTests(List<String> testClasses) {
    this.catalogTests = List.copyOf(testClasses);
    return this;
  }

  List<String> catalogTests() {
    return catalogTests;
  }

  FixtureKit catalogFiles(List<String> files) {
    this.catalogFiles = List.copyOf(files);
    return this;
  }

  List<String> catalogFiles() {
    return catalogFiles;
  }

  /** Writes the kit and returns its root. */
  Path write() throws IOException {
    Path exercise = Files.createDirectories(root.resolve("exercises/demo"));
    Path solutionDir = Files.createDirectories(root.resolve("solutions/demo"));
    Files.writeString(exercise.resolve("pom.xml"), "<project/>");
    Files.writeString(solutionDir.resolve("pom.xml"), "<project/>");
    Files.writeString(exercise.resolve("exercises.yaml"), catalogYaml);
    Files.writeString(exercise.resolve("README.md"), readme);
    Path adder = exercise.resolve("src/main/java/dev/roadmapkit/demo/adder/Adder.java");
    Files.createDirectories(adder.getParent());
    Files.writeString(adder, starting.get("Adder"));

    String junitJar = jarOf(org.junit.jupiter.api.Test.class);
    String supportLike =
        Files.createDirectories(root.resolve("repo"))
            .resolve("exercise-support-0.1.jar")
            .toString();
    Files.createDirectories(exercise.resolve("target"));
    Files.writeString(
        exercise.resolve("target/test-classpath.txt"),
        junitJar + java.io.File.pathSeparator + supportLike,
        StandardCharsets.UTF_8);
    compile(starting, exercise.resolve("target/classes"), List.of());
    compile(solution, solutionDir.resolve("target/classes"), List.of());
    compile(
        tests,
        exercise.resolve("target/test-classes"),
        List.of(exercise.resolve("target/classes").toString(), junitJar));
    writeReports(startingResults, exercise.resolve("target/surefire-reports"));
    writeReports(solutionResults, solutionDir.resolve("target/surefire-reports"));
    Path pit = Files.createDirectories(solutionDir.resolve("target/pit-reports"));
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<mutations>\n");
    for (int i = 0; i < mutants; i++) {
      boolean killed = i < detected;
      xml.append("<mutation detected='")
          .append(killed)
          .append("' status='")
          .append(killed ? "KILLED" : "SURVIVED")
          .append("'><mutatedClass>")
          .append(PACKAGE)
          .append(".Adder</mutatedClass><mutatedMethod>add</mutatedMethod>")
          .append(
              "<lineNumber>3</lineNumber><description>replaced int return with 0</description></mutation>\n");
    }
    Files.writeString(pit.resolve("mutations.xml"), xml.append("</mutations>\n"));
    return root;
  }

  private static void writeReports(Map<String, String> results, Path dir) throws IOException {
    Files.createDirectories(dir);
    Map<String, StringBuilder> byClass = new LinkedHashMap<>();
    for (var entry : results.entrySet()) {
      String[] parts = entry.getKey().split("#");
      byClass
          .computeIfAbsent(parts[0], c -> new StringBuilder())
          .append("  <testcase name=\"")
          .append(parts[1])
          .append("\" classname=\"")
          .append(PACKAGE)
          .append('.')
          .append(parts[0])
          .append("\" time=\"0.01\">")
          .append(entry.getValue())
          .append("</testcase>\n");
    }
    for (var entry : byClass.entrySet()) {
      Files.writeString(
          dir.resolve("TEST-" + PACKAGE + "." + entry.getKey() + ".xml"),
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\""
              + PACKAGE
              + "."
              + entry.getKey()
              + "\" time=\"0.5\" tests=\"1\">\n"
              + entry.getValue()
              + "</testsuite>\n");
    }
  }

  private static void compile(Map<String, String> sources, Path out, List<String> classpath)
      throws IOException {
    Path srcDir = Files.createTempDirectory("fixture-src");
    List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-proc:none"));
    if (!classpath.isEmpty()) {
      args.add("-classpath");
      args.add(String.join(java.io.File.pathSeparator, classpath));
    }
    for (var entry : sources.entrySet()) {
      Path file = srcDir.resolve(entry.getKey() + ".java");
      Files.writeString(file, entry.getValue());
      args.add(file.toString());
    }
    Files.createDirectories(out);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter errors = new StringWriter();
    int status =
        javac.run(
            null,
            null,
            new java.io.PrintStream(
                new java.io.OutputStream() {
                  @Override
                  public void write(int b) {
                    errors.write(b);
                  }
                }),
            args.toArray(String[]::new));
    try (var walk = Files.walk(srcDir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
    if (status != 0) {
      throw new IllegalStateException("fixture does not compile: " + errors);
    }
  }

  /**
   * Adds a wrong solution to the exercise's gallery.
   *
   * @param name its directory name
   * @param bugLines the lines of its bug.txt
   * @param files its files, by path relative to the module
   */
  FixtureKit wrongSolution(String name, List<String> bugLines, Map<String, String> files)
      throws IOException {
    Path dir = root.resolve("solutions/demo/wrong/adder").resolve(name);
    Files.createDirectories(dir);
    Files.write(dir.resolve("bug.txt"), bugLines, StandardCharsets.UTF_8);
    for (var file : files.entrySet()) {
      Path target = dir.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
    }
    return this;
  }

  private static String jarOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
