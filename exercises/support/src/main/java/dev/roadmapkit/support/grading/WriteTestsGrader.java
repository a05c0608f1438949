package dev.roadmapkit.support.grading;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.opentest4j.AssertionFailedError;

/**
 * Grades the tests a learner writes (the catalog's {@code write-tests} kind) by the bugs they
 * catch.
 *
 * <p>An exercise of this kind gives a correct implementation (the subject), buggy variants of it
 * and a grading test class; the learner edits test classes in the subject's package. The grader
 * compiles the learner's test sources, runs them against the correct code, where every test must
 * pass, and then against each variant, loaded in a class loader of its own, where at least one of
 * them must fail. A test that fails on the correct code catches nothing, and neither does a test
 * that cannot fail (no assertion; an assertion error caught and dropped); the messages say so.
 *
 * <p>The grading test class has one test for the correct code and one per variant, named as the
 * variant's directory, so that partial progress shows ("4 of 7 bugs caught") and earns partial
 * credit:
 *
 * <pre>{@code
 * @Timeout(value = 2, unit = TimeUnit.MINUTES)
 * class WriteUnitTestsGradingTest {
 *   static final WriteTestsGrader GRADER =
 *       WriteTestsGrader.builder(WriteUnitTestsGradingTest.class, PriceCalculator.class)
 *           .learnerTests("PriceCalculatorTest")
 *           .build();
 *
 *   @Test @DisplayName("your tests pass on the correct PriceCalculator, and can fail")
 *   void correctCode() { GRADER.assertPassOnCorrectCode(); }
 *
 *   @Test @DisplayName("bug 1 of 7 is caught")
 *   void discountTwice() { GRADER.assertCatches("discountTwice"); }
 * }
 * }</pre>
 *
 * <p>Variants are test resources: {@code <package path>/variants/<name>/} holds a {@code bug.txt},
 * whose first line says in the learner's words what the variant gets wrong ("applies the discount
 * twice when the basket has exactly ten items"), and the variant's versions of the subject's source
 * files. A missed variant is reported by that line, never by its code.
 *
 * <p>The learner's sources are read from {@code src/test/java} of the directory whose code is
 * tested: the one above {@code target/classes} (or the CLI's {@code target/roadmap-classes}) where
 * the subject was loaded from, or the system property {@value #CODE_DIR_PROPERTY}.
 */
public final class WriteTestsGrader {

  /** System property naming the directory whose {@code src/test/java} holds the learner's tests. */
  public static final String CODE_DIR_PROPERTY = "roadmap.codeDir";

  private static final String VARIANTS = "variants";
  private static final int LISTED_FAILURES = 5;

  private final Class<?> gradingClass;
  private final Class<?> subject;
  private final List<String> learnerTests;
  private final Path sourceDir;
  private final Map<String, String> forbidden;
  private final int runs;
  private final String subjectName;
  private final java.time.Duration timeout;
  private final BiConsumer<ClassLoader, Integer> beforeEachRun;
  private Evaluation evaluation;

  private WriteTestsGrader(Builder builder) {
    this.gradingClass = builder.gradingClass;
    this.subject = builder.subject;
    this.learnerTests = List.copyOf(builder.learnerTests);
    this.sourceDir = builder.sourceDir;
    this.forbidden = Map.copyOf(builder.forbidden);
    this.runs = builder.runs;
    this.subjectName =
        builder.subjectName != null ? builder.subjectName : builder.subject.getSimpleName();
    this.timeout = builder.timeout;
    this.beforeEachRun = builder.beforeEachRun;
  }

  /**
   * Starts a grader.
   *
   * @param gradingClass the grading test class, whose test methods are named as the variants
   * @param subject the correct class the learner tests, in the exercise's package
   * @return a builder
   */
  public static Builder builder(Class<?> gradingClass, Class<?> subject) {
    return new Builder(gradingClass, subject);
  }

  /** Builds a {@link WriteTestsGrader}. */
  public static final class Builder {
    private final Class<?> gradingClass;
    private final Class<?> subject;
    private final List<String> learnerTests = new ArrayList<>();
    private Path sourceDir;
    private final Map<String, String> forbidden = new LinkedHashMap<>();
    private int runs = 1;
    private String subjectName;
    private java.time.Duration timeout = java.time.Duration.ofSeconds(10);
    private BiConsumer<ClassLoader, Integer> beforeEachRun = (loader, run) -> {};

    private Builder(Class<?> gradingClass, Class<?> subject) {
      this.gradingClass = Objects.requireNonNull(gradingClass, "gradingClass");
      this.subject = Objects.requireNonNull(subject, "subject");
    }

    /**
     * The learner's test classes, by simple name, in the subject's package.
     *
     * @param simpleNames such as {@code PriceCalculatorTest}
     * @return this builder
     */
    public Builder learnerTests(String... simpleNames) {
      learnerTests.addAll(List.of(simpleNames));
      return this;
    }

    /**
     * Reads the learner's test sources from this directory instead of the code directory's {@code
     * src/test/java/<package path>}: for the grader's own tests.
     *
     * @param dir the directory holding {@code <SimpleName>.java} files
     * @return this builder
     */
    public Builder sourcesIn(Path dir) {
      this.sourceDir = Objects.requireNonNull(dir, "dir");
      return this;
    }

    /**
     * Forbids the learner's tests a call: the grading fails, naming the file, the line and the
     * reason, until no test makes it.
     *
     * @param ownerAndMethod {@code java.lang.Thread#sleep}, say: the qualified class and the
     *     method, every overload; with {@code ()} after it ({@code java.time.Instant#now()}) only
     *     the overload without parameters, so that {@code Instant.now(clock)} stays allowed
     * @param reason what to do instead, in the learner's words
     * @return this builder
     */
    public Builder forbid(String ownerAndMethod, String reason) {
      if (!ownerAndMethod.contains("#")) {
        throw new IllegalArgumentException("name the method as qualified.Owner#method");
      }
      forbidden.put(ownerAndMethod, Objects.requireNonNull(reason, "reason"));
      return this;
    }

    /**
     * Runs the learner's tests this many times against the correct code and against each variant,
     * each time in a fresh class loader after {@link #beforeEachRun}: on the correct code every run
     * must pass, and a variant is caught only if some test fails on it in every run. For tests that
     * must not be flaky.
     *
     * @param times at least 1
     * @return this builder
     */
    public Builder runs(int times) {
      if (times < 1) {
        throw new IllegalArgumentException("runs must be at least 1, was " + times);
      }
      this.runs = times;
      return this;
    }

    /**
     * What the messages call the correct code when it is more than the subject class ("the correct
     * CustomerRepository and OrderRepository"); the subject's simple name unless set.
     *
     * @param name such as {@code "CustomerRepository and OrderRepository"}
     * @return this builder
     */
    public Builder describedAs(String name) {
      this.subjectName = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * How long one of the learner's tests may run before it fails as hung (10 seconds unless set):
     * a test that hangs on a bug does not catch it.
     *
     * @param limit a positive duration
     * @return this builder
     */
    public Builder timeout(java.time.Duration limit) {
      if (limit.isNegative() || limit.isZero()) {
        throw new IllegalArgumentException("the timeout must be positive, was " + limit);
      }
      this.timeout = limit;
      return this;
    }

    /**
     * Something to do before each run, such as perturbing the timing of the code under test (a
     * slower executor, a clock that jumps): it is given the class loader the run's classes are
     * loaded from (the exercise's package, afresh) and the run's number, from 0.
     *
     * @param hook the action
     * @return this builder
     */
    public Builder beforeEachRun(BiConsumer<ClassLoader, Integer> hook) {
      this.beforeEachRun = Objects.requireNonNull(hook, "hook");
      return this;
    }

    /**
     * The grader.
     *
     * @return the grader
     * @throws IllegalStateException if no learner test class is named
     */
    public WriteTestsGrader build() {
      if (learnerTests.isEmpty()) {
        throw new IllegalStateException("name the learner's test classes with learnerTests(...)");
      }
      return new WriteTestsGrader(this);
    }
  }

  /**
   * Passes if the learner's tests compile, every one of them passes on the correct code, and at
   * least one of them can fail; otherwise fails with what to do.
   */
  public void assertPassOnCorrectCode() {
    Evaluation e = evaluation();
    if (e.blocker != null) {
      throw new AssertionFailedError(e.blocker);
    }
    if (!e.setupProblems.isEmpty()) {
      throw new AssertionFailedError(String.join("\n", e.setupProblems));
    }
    if (!e.failingOnCorrect.isEmpty()) {
      throw new AssertionFailedError(failingOnCorrectText(e));
    }
    if (e.counting().isEmpty()) {
      throw new AssertionFailedError(noneCanFailText(e));
    }
  }

  /**
   * Passes if some learner test that passes on the correct code and can fail fails on the variant;
   * otherwise fails with the variant's behaviour and what to do.
   *
   * @param variant the variant's directory name
   */
  public void assertCatches(String variant) {
    Evaluation e = evaluation();
    if (e.blocker != null) {
      throw new AssertionFailedError(e.blocker);
    }
    if (!e.variantDirs.containsKey(variant)) {
      throw new AssertionFailedError(
          "there is no variant '"
              + variant
              + "' under "
              + packagePath()
              + "/"
              + VARIANTS
              + " (a kit defect: the grading test and its variants disagree)");
    }
    VariantVerdict verdict = verdict(e, variant);
    if (verdict.problem != null) {
      throw new AssertionFailedError(verdict.problem);
    }
    if (verdict.caughtBy.isEmpty()) {
      throw new AssertionFailedError(missedText(e, verdict));
    }
  }

  // --- evaluation, once per grader ---

  private synchronized Evaluation evaluation() {
    if (evaluation == null) {
      evaluation = evaluate();
    }
    return evaluation;
  }

  private Evaluation evaluate() {
    Evaluation e = new Evaluation();
    Path codeDir = sourceDir != null ? sourceDir : codeDir();
    Path testSources =
        sourceDir != null ? sourceDir : codeDir.resolve("src/test/java").resolve(packagePath());
    Map<String, String> sources = new LinkedHashMap<>();
    for (String name : learnerTests) {
      Path file = testSources.resolve(name + ".java");
      if (!Files.isRegularFile(file)) {
        e.blocker =
            "Write your tests in "
                + codeDir.relativize(file).toString().replace('\\', '/')
                + ": the file is missing (restore it with git, or create the class "
                + name
                + ").";
        return e;
      }
      try {
        sources.put(name + ".java", Files.readString(file, StandardCharsets.UTF_8));
      } catch (IOException ex) {
        e.blocker = "cannot read " + file + ": " + ex.getMessage();
        return e;
      }
    }
    List<Path> classPath =
        ClassPathEntries.of(List.of(location(subject)), subject.getClassLoader());
    InMemoryCompiler compiler = new InMemoryCompiler(classPath);
    InMemoryCompiler.Result learner = compiler.compile(sources, true, forbidden);
    if (!learner.compiled()) {
      e.blocker =
          "Your tests do not compile, so they cannot be run yet:\n  "
              + learner.errors().stream()
                  .limit(LISTED_FAILURES)
                  .collect(Collectors.joining("\n  "));
      return e;
    }
    if (!learner.analysis().forbiddenUses().isEmpty()) {
      e.blocker =
          "Your tests make calls they must not:\n  "
              + String.join("\n  ", learner.analysis().forbiddenUses());
      return e;
    }
    e.weak.putAll(learner.analysis().weakTests());
    List<String> classNames =
        learnerTests.stream().map(n -> subject.getPackageName() + "." + n).toList();
    ClassLoader parent = subject.getClassLoader();
    try {
      e.onCorrect = repeatedRuns(parent, learner.classes(), classNames);
    } catch (ClassNotFoundException | LinkageError ex) {
      e.blocker = "cannot load your tests: " + ex;
      return e;
    }
    if (e.onCorrect.isEmpty()) {
      e.blocker =
          String.join(", ", learnerTests)
              + " has no tests yet: add @Test methods that call "
              + subjectName
              + " and assert what it returns (its Javadoc says what it must do).";
      return e;
    }
    e.onCorrect.values().stream().filter(o -> !o.passed()).forEach(e.failingOnCorrect::add);

    e.variantDirs.putAll(variantDirs(e));
    checkGradingMethods(e.variantDirs.keySet(), e);
    // Each variant is judged when its grading test asks (so that no single test runs them all
    // and outlasts a runner's limit), and all of them only for a count in a message.
    e.compiler = compiler;
    e.learner = learner;
    e.classNames = classNames;
    return e;
  }

  private synchronized VariantVerdict verdict(Evaluation e, String name) {
    VariantVerdict known = e.verdicts.get(name);
    if (known == null) {
      known = judge(name, e.variantDirs.get(name), e.compiler, e.learner, e.classNames, e);
      e.verdicts.put(name, known);
    }
    return known;
  }

  private VariantVerdict judge(
      String name,
      Path dir,
      InMemoryCompiler compiler,
      InMemoryCompiler.Result learner,
      List<String> classNames,
      Evaluation e) {
    VariantVerdict verdict = new VariantVerdict(name);
    Map<String, String> sources = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        String fileName = file.getFileName().toString();
        if (fileName.equals("bug.txt")) {
          verdict.behaviour =
              Files.readString(file, StandardCharsets.UTF_8).strip().lines().findFirst().orElse("");
        } else if (fileName.endsWith(".java")) {
          sources.put(fileName, Files.readString(file, StandardCharsets.UTF_8));
        }
      }
    } catch (IOException ex) {
      verdict.problem = "cannot read variant " + name + ": " + ex.getMessage();
      return verdict;
    }
    if (verdict.behaviour == null || verdict.behaviour.isBlank()) {
      verdict.problem =
          "variant " + name + " has no bug.txt saying what it gets wrong (a kit defect)";
      return verdict;
    }
    if (sources.isEmpty()) {
      verdict.problem = "variant " + name + " has no .java file (a kit defect)";
      return verdict;
    }
    InMemoryCompiler.Result compiled = compiler.compile(sources, false, Map.of());
    if (!compiled.compiled()) {
      verdict.problem =
          "variant " + name + " does not compile (a kit defect): " + compiled.errors().get(0);
      return verdict;
    }
    Map<String, byte[]> classes = new LinkedHashMap<>(learner.classes());
    classes.putAll(compiled.classes());
    Map<String, LearnerTestRun.Outcome> outcomes;
    try {
      outcomes = repeatedRuns(subject.getClassLoader(), classes, classNames);
    } catch (ClassNotFoundException | LinkageError ex) {
      verdict.problem = "cannot load variant " + name + " with your tests: " + ex;
      return verdict;
    }
    for (LearnerTestRun.Outcome outcome : outcomes.values()) {
      if (outcome.passed()) {
        continue;
      }
      if (outcome.failedRuns() < runs) {
        if (!e.weak.containsKey(outcome.key())) {
          verdict.sometimes.add(
              outcome.name() + " (in " + outcome.failedRuns() + " of " + runs + " runs)");
        }
        continue; // caught only sometimes: a flaky catch is no catch
      }
      LearnerTestRun.Outcome correct = e.onCorrect.get(outcome.key());
      if (correct == null || !correct.passed()) {
        continue; // fails on the correct code too: proves nothing
      }
      if (outcome.hung()) {
        verdict.hangs.add(outcome.name());
      } else if (e.weak.containsKey(outcome.key())) {
        verdict.failedButWeak.add(outcome.name());
      } else {
        verdict.caughtBy.add(outcome.name());
      }
    }
    return verdict;
  }

  /**
   * Runs the learner's tests {@link #runs} times, each in a fresh loader after the before-each-run
   * hook; a test passes if it passed every time.
   */
  private Map<String, LearnerTestRun.Outcome> repeatedRuns(
      ClassLoader parent, Map<String, byte[]> classes, List<String> classNames)
      throws ClassNotFoundException {
    Map<String, LearnerTestRun.Outcome> merged = new LinkedHashMap<>();
    for (int run = 0; run < runs; run++) {
      PackageLoader loader = new PackageLoader(parent, subject.getPackageName(), classes);
      beforeEachRun.accept(loader, run);
      for (LearnerTestRun.Outcome outcome :
          LearnerTestRun.run(loader, classNames, jqwikDatabase(), timeout).values()) {
        merged.merge(outcome.key(), outcome, LearnerTestRun.Outcome::plus);
      }
    }
    return merged;
  }

  private Map<String, Path> variantDirs(Evaluation e) {
    Map<String, Path> dirs = new LinkedHashMap<>();
    URL url = gradingClass.getClassLoader().getResource(packagePath() + "/" + VARIANTS);
    if (url == null || !"file".equals(url.getProtocol())) {
      e.setupProblems.add(
          "no variants found at "
              + packagePath()
              + "/"
              + VARIANTS
              + " on the test class path (a kit defect)");
      return dirs;
    }
    try (Stream<Path> list = Files.list(Path.of(url.toURI()))) {
      list.filter(Files::isDirectory)
          .sorted()
          .forEach(d -> dirs.put(d.getFileName().toString(), d));
    } catch (IOException | URISyntaxException ex) {
      e.setupProblems.add("cannot list the variants: " + ex.getMessage());
    }
    return dirs;
  }

  /** Every variant has a grading test named as it, and every such name a variant. */
  private void checkGradingMethods(Set<String> variants, Evaluation e) {
    Set<String> methods = new TreeSet<>();
    for (Method method : gradingClass.getDeclaredMethods()) {
      if (method.isAnnotationPresent(org.junit.jupiter.api.Test.class)) {
        methods.add(method.getName());
      }
    }
    for (String variant : variants) {
      if (!methods.contains(variant)) {
        e.setupProblems.add(
            "variant "
                + variant
                + " has no grading test: add @Test void "
                + variant
                + "() to "
                + gradingClass.getSimpleName()
                + " (a kit defect)");
      }
    }
  }

  // --- messages ---

  private String failingOnCorrectText(Evaluation e) {
    StringBuilder text =
        new StringBuilder()
            .append(e.failingOnCorrect.size())
            .append(" of your ")
            .append(e.onCorrect.size())
            .append(e.onCorrect.size() == 1 ? " test fails" : " tests fail")
            .append(" on the correct ")
            .append(subjectName)
            .append(
                ", so they would fail on any code: a test must pass on correct code before it can"
                    + " catch a bug. Check what you expect against the Javadoc:");
    e.failingOnCorrect.stream()
        .limit(LISTED_FAILURES)
        .forEach(
            o ->
                text.append("\n  ")
                    .append(o.name())
                    .append(runs == 1 ? "" : " (in " + o.failedRuns() + " of " + runs + " runs)")
                    .append(": ")
                    .append(o.failure()));
    if (e.failingOnCorrect.size() > LISTED_FAILURES) {
      text.append("\n  and ").append(e.failingOnCorrect.size() - LISTED_FAILURES).append(" more");
    }
    return text.toString();
  }

  private String noneCanFailText(Evaluation e) {
    StringBuilder text = new StringBuilder("None of your tests can fail, so they catch no bug:");
    e.weak.forEach(
        (key, weakness) ->
            text.append("\n  ")
                .append(LearnerTestRun.nameOf(key))
                .append(" ")
                .append(weakness.words()));
    text.append(
        "\nAssert what the code returns (assertThat(...).isEqualTo(...)), and let assertion errors"
            + " through.");
    return text.toString();
  }

  private String missedText(Evaluation e, VariantVerdict verdict) {
    e.variantDirs.keySet().forEach(name -> verdict(e, name));
    long caught = e.verdicts.values().stream().filter(v -> !v.caughtBy.isEmpty()).count();
    StringBuilder text =
        new StringBuilder("Not caught: ")
            .append(verdict.behaviour)
            .append(".\nYour tests catch ")
            .append(caught)
            .append(" of ")
            .append(e.verdicts.size())
            .append(" bugs. Write a test that passes on the correct ")
            .append(subjectName)
            .append(" and fails on code with this bug.");
    if (!verdict.sometimes.isEmpty()) {
      text.append("\n")
          .append(String.join(", ", verdict.sometimes))
          .append(
              " fails on it only in some runs, which is no catch: a test must fail on a bug every"
                  + " time, whatever the timing.");
    }
    if (!verdict.hangs.isEmpty()) {
      text.append("\n")
          .append(String.join(", ", verdict.hangs))
          .append(
              " hangs on it until the timeout stops it, which is no catch: wait with a"
                  + " bound (future.get(1, SECONDS), latch.await(1, SECONDS)) and assert, so the"
                  + " test fails instead of hanging.");
    }
    if (!verdict.failedButWeak.isEmpty()) {
      text.append("\n")
          .append(String.join(", ", verdict.failedButWeak))
          .append(" fails on it, but cannot fail by an assertion, so it does not count.");
    }
    if (!e.failingOnCorrect.isEmpty()) {
      text.append("\n")
          .append(e.failingOnCorrect.size())
          .append(" of your tests fail on the correct code and count for nothing: fix them first.");
    }
    e.weak.forEach(
        (key, weakness) ->
            text.append("\n")
                .append(LearnerTestRun.nameOf(key))
                .append(" ")
                .append(weakness.words())
                .append(": it counts for no bug."));
    return text.toString();
  }

  // --- where things are ---

  private String packagePath() {
    return subject.getPackageName().replace('.', '/');
  }

  private Path codeDir() {
    String property = System.getProperty(CODE_DIR_PROPERTY);
    if (property != null && !property.isBlank()) {
      return Path.of(property).toAbsolutePath().normalize();
    }
    Path classes = location(subject);
    Path target = classes.getParent();
    if (target != null
        && target.getFileName() != null
        && target.getFileName().toString().equals("target")
        && Set.of("classes", "roadmap-classes").contains(classes.getFileName().toString())) {
      return target.getParent();
    }
    return Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize();
  }

  /** jqwik's database for the learner's properties: beside the subject's classes, in target/. */
  private Path jqwikDatabase() {
    return location(subject).getParent().resolve("jqwik-grading-database");
  }

  private static Path location(Class<?> type) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      throw new IllegalStateException("cannot tell where " + type.getName() + " was loaded from");
    }
    try {
      return Path.of(source.getLocation().toURI()).toAbsolutePath().normalize();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(
          "cannot tell where " + type.getName() + " was loaded from", e);
    }
  }

  /** What one evaluation found. */
  private static final class Evaluation {
    String blocker;
    final List<String> setupProblems = new ArrayList<>();
    Map<String, LearnerTestRun.Outcome> onCorrect = Map.of();
    final List<LearnerTestRun.Outcome> failingOnCorrect = new ArrayList<>();
    final Map<String, TestStrength.Weakness> weak = new LinkedHashMap<>();
    final Map<String, VariantVerdict> verdicts = new LinkedHashMap<>();
    final Map<String, Path> variantDirs = new LinkedHashMap<>();
    InMemoryCompiler compiler;
    InMemoryCompiler.Result learner;
    List<String> classNames;

    List<LearnerTestRun.Outcome> counting() {
      return onCorrect.values().stream()
          .filter(LearnerTestRun.Outcome::passed)
          .filter(o -> !weak.containsKey(o.key()))
          .toList();
    }
  }

  /** What one variant's run found. */
  private static final class VariantVerdict {
    final String name;
    String behaviour;
    String problem;
    final List<String> caughtBy = new ArrayList<>();
    final List<String> failedButWeak = new ArrayList<>();
    final List<String> hangs = new ArrayList<>();
    final List<String> sometimes = new ArrayList<>();

    VariantVerdict(String name) {
      this.name = name;
    }
  }
}
