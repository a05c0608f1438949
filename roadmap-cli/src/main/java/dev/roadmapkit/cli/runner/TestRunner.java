package dev.roadmapkit.cli.runner;

import dev.roadmapkit.cli.runner.platform.PlatformEvents;
import dev.roadmapkit.core.model.Exercise;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The CLI's one test runner: compiles a module's code in process, loads it with the module's
 * compiled tests in a fresh class loader, and runs the exercises' test classes with the JUnit
 * Platform Launcher of the module's own test class path.
 *
 * <p>A runner is meant to live as long as the command: {@code check} uses it once, {@code watch}
 * for every re-check. It keeps per module the loaded test frameworks and the compiler (see {@link
 * TestFramework}); only the learner's classes and the tests are loaded afresh for each run, so a
 * re-check costs what changed and no more.
 *
 * <p>Endless loops: every exercise test has a default timeout (the exercise support's {@code
 * junit-platform.properties}), which fails the test and moves on. A test that ignores even that (a
 * busy loop in a jqwik property, which can only be interrupted) is abandoned once it has run for
 * the runner's stall limit; its thread is stopped where the Java runtime still allows it, and the
 * module's frameworks are loaded afresh for the next run.
 *
 * <p>One run at a time: {@link #run} and {@link #prepare} are synchronized.
 */
public final class TestRunner implements AutoCloseable {

  /** How long a single test may run before the runner gives up on it. */
  public static final Duration DEFAULT_TEST_STALL_LIMIT = Duration.ofSeconds(30);

  /** How long a run may go without any event (for example while a service starts). */
  public static final Duration DEFAULT_SILENCE_LIMIT = Duration.ofMinutes(5);

  private static final String JUNIT_TIMEOUT_THREAD = "junit-timeout-thread-";
  private static final String CLASSES_DIR = "target/roadmap-classes";
  private static final int MAX_MESSAGE_LINES = 25;
  private static final Pattern STACK_LINE =
      Pattern.compile(
          "^\\s*(at [\\w$.<>/]+\\(.*\\)|\\.\\.\\.\\s*\\(\\d+ remaining lines not displayed.*)$");
  private static final Map<String, String> DEFAULT_CONFIGURATION =
      Map.of(
          // As in the learner build (exercises/pom.xml): a stable order a learner can follow.
          "junit.jupiter.testmethod.order.default",
          "org.junit.jupiter.api.MethodOrderer$DisplayName",
          "jqwik.failures.after.default",
          "PREVIOUS_SEED");

  /**
   * jqwik logs at INFO through java.util.logging when it reuses a failing seed: noise to a learner.
   * Held here so that the logger, and its level, are not collected.
   */
  private static final Logger JQWIK_LOG = Logger.getLogger("net.jqwik");

  static {
    JQWIK_LOG.setLevel(Level.WARNING);
  }

  private final Path root;
  private final ModuleBuilder builder;
  private final Duration testStallLimit;
  private final Duration silenceLimit;
  private final Map<String, TestFramework> frameworks = new HashMap<>();
  private final Map<String, Preparation> preparing = new HashMap<>();
  private final Map<String, CompletableFuture<Void>> warming = new HashMap<>();

  /** How long {@link #prepare}'s compilations took, by code directory, until a run reports it. */
  private final Map<Path, Duration> compiledAhead = new java.util.concurrent.ConcurrentHashMap<>();

  private final Set<String> builtThisSession = new LinkedHashSet<>();

  /**
   * Creates a runner with the default stall limits.
   *
   * @param root the kit's root directory, which holds {@code exercises/}
   * @param builder builds a module whose tests or class path are missing or stale
   */
  public TestRunner(Path root, ModuleBuilder builder) {
    this(root, builder, DEFAULT_TEST_STALL_LIMIT, DEFAULT_SILENCE_LIMIT);
  }

  /**
   * Creates a runner.
   *
   * @param root the kit's root directory, which holds {@code exercises/}
   * @param builder builds a module whose tests or class path are missing or stale
   * @param testStallLimit how long one test may run before it is abandoned
   * @param silenceLimit how long a run may go without any event before it is abandoned
   */
  public TestRunner(
      Path root, ModuleBuilder builder, Duration testStallLimit, Duration silenceLimit) {
    this.root = Objects.requireNonNull(root, "root must not be null").toAbsolutePath().normalize();
    this.builder = Objects.requireNonNull(builder, "builder must not be null");
    this.testStallLimit = Objects.requireNonNull(testStallLimit, "stall limit must not be null");
    this.silenceLimit = Objects.requireNonNull(silenceLimit, "silence limit must not be null");
  }

  /**
   * Compiles the request's code and runs its exercises' tests.
   *
   * @param request what to run
   * @param listener hears each test as it finishes, on this thread
   * @return the compile errors, or the tests' outcomes
   * @throws BuildException if the module's tests or class path are missing and cannot be built
   */
  public synchronized RunResult run(RunRequest request, RunListener listener) {
    Objects.requireNonNull(request, "request must not be null");
    Objects.requireNonNull(listener, "listener must not be null");
    Path testsDir = request.testsDir().toAbsolutePath().normalize();
    String project = project(testsDir);
    ModuleOutputs outputs = outputs(testsDir, request.module(), request.exercises());
    ensure(project, outputs.classpathProblem(), outputs);
    TestFramework framework = framework(project, outputs);

    Path classesDir = request.codeDir().resolve(CLASSES_DIR);
    Compilation compilation =
        compileIfChanged(
            framework.compiler(),
            framework.stamp(),
            request.codeDir(),
            request.exercises().stream().map(Exercise::packageName).toList());
    if (!compilation.errors().isEmpty()) {
      return new RunResult.DidNotCompile(compilation.errors(), compilation.time());
    }
    // Compiled ahead by prepare(): the learner sees that time, not "unchanged".
    Duration ahead = compiledAhead.remove(request.codeDir());
    Duration compileTime =
        compilation.time().isZero() && ahead != null ? ahead : compilation.time();

    ensure(project, outputs.testClassesProblem(), outputs);
    long testStart = System.nanoTime();
    List<Path> directories = new ArrayList<>(List.of(classesDir));
    Path resources = request.codeDir().resolve("src/main/resources");
    if (Files.isDirectory(resources)) {
      directories.add(resources);
    }
    directories.add(outputs.testClasses());
    if (request.stopAtFirstFailure()) {
      directories.add(stopExtension(testsDir));
    }
    // Not closed after the run: it holds directories only, no open files, and threads the tests
    // started (a shared service's client, say) may still load classes through it.
    URLClassLoader loader = framework.runLoader(directories);
    List<Class<?>> testClasses = testClasses(request, loader, project);
    Map<String, String> configuration = configuration(testsDir);
    if (request.stopAtFirstFailure()) {
      configuration.put("junit.jupiter.extensions.autodetection.enabled", "true");
    }
    CompletableFuture<Void> warm = warming.remove(project);
    if (warm != null) {
      warm.join();
    }
    Execution execution =
        execute(
            framework,
            loader,
            testClasses,
            configuration,
            request.exercises().stream().map(Exercise::packageName).toList(),
            listener);
    if (execution.stuck()) {
      // A thread may still run in the old frameworks: load them afresh next time.
      frameworks.remove(project);
    } else {
      stopStrayTimeoutThreads(framework);
    }
    return new RunResult.Ran(
        execution.results(),
        compileTime,
        Duration.ofNanos(System.nanoTime() - testStart),
        execution.stuck());
  }

  /**
   * Starts loading a module's test frameworks on background threads, and compiling an exercise's
   * code (or, without one, warming up the compiler), so that a run soon after finds them ready: a
   * cold {@code check} overlaps this with parsing its command line and reading the catalogs. Does
   * nothing when the module is unknown or not built yet (the run will build it).
   *
   * @param module the module's name, such as {@code caching}
   * @param packageName the package of the exercise about to run, if known; its code in the module
   *     is compiled ahead, and the run skips compiling it if nothing changed meanwhile
   */
  public synchronized void prepare(String module, Optional<String> packageName) {
    Path moduleDir = root.resolve("exercises").resolve(module);
    String project = project(moduleDir);
    if (frameworks.containsKey(project)
        || preparing.containsKey(project)
        || !Files.isDirectory(moduleDir)) {
      return;
    }
    ModuleOutputs outputs = outputs(moduleDir, module, List.of());
    if (outputs.classpathProblem().isPresent()) {
      return;
    }
    String stamp = outputs.classpathStamp();
    List<Path> classpath = outputs.readClasspath();
    CompletableFuture<SourceCompiler> compilerReady = new CompletableFuture<>();
    CompletableFuture<TestFramework> ready = new CompletableFuture<>();
    CompletableFuture<Void> warm = new CompletableFuture<>();
    // One thread compiles (the critical path of a cold check), the other loads the frameworks.
    Thread compilerThread =
        new Thread(
            () -> {
              SourceCompiler compiler;
              try {
                compiler = new SourceCompiler(classpath);
              } catch (RuntimeException | Error e) {
                compilerReady.completeExceptionally(e);
                return;
              }
              synchronized (compiler) {
                // Held before the compiler is handed over, so a run waits for this compilation.
                compilerReady.complete(compiler);
                try {
                  if (packageName.isPresent()) {
                    Compilation ahead =
                        compileIfChanged(compiler, stamp, moduleDir, List.of(packageName.get()));
                    if (ahead.errors().isEmpty() && !ahead.time().isZero()) {
                      compiledAhead.put(moduleDir, ahead.time());
                    }
                  } else {
                    compiler.warmUp();
                  }
                } catch (RuntimeException e) {
                  // the run compiles again and reports what is wrong
                }
              }
            },
            "roadmap-warm-up-compiler");
    Thread platformThread =
        new Thread(
            () -> {
              TestFramework framework;
              try {
                framework = new TestFramework(classpath, stamp, compilerReady.join());
              } catch (RuntimeException | Error e) {
                ready.completeExceptionally(e);
                warm.complete(null);
                return;
              }
              ready.complete(framework);
              framework.warmUpPlatform(configuration(moduleDir));
              warm.complete(null);
            },
            "roadmap-warm-up-platform");
    compilerThread.setDaemon(true);
    platformThread.setDaemon(true);
    compilerThread.start();
    platformThread.start();
    preparing.put(project, new Preparation(ready, warm));
  }

  /** A module's frameworks being loaded in the background: ready to compile, warm to run. */
  private record Preparation(
      CompletableFuture<TestFramework> ready, CompletableFuture<Void> warm) {}

  @Override
  public synchronized void close() {
    new ArrayList<>(preparing.keySet()).forEach(project -> adopt(project, "closing"));
    warming.values().forEach(CompletableFuture::join);
    warming.clear();
    frameworks.values().forEach(TestFramework::close);
    frameworks.clear();
  }

  /** The outputs in {@code testsDir}, made from the exercise module's test sources. */
  private ModuleOutputs outputs(Path testsDir, String module, List<Exercise> exercises) {
    Path moduleDir = root.resolve("exercises").resolve(module);
    // A write-tests exercise's learner edits test sources; its grading tests compile them, so an
    // edit there does not make the compiled tests stale.
    Set<Path> learnerTests = new java.util.HashSet<>();
    for (Exercise exercise : exercises) {
      for (String file : exercise.testFiles()) {
        learnerTests.add(moduleDir.resolve(file).toAbsolutePath().normalize());
      }
    }
    return new ModuleOutputs(
        testsDir,
        moduleDir.resolve("src/test"),
        learnerTests,
        List.of(
            testsDir.resolve("pom.xml"),
            testsDir.getParent().resolve("pom.xml"),
            root.resolve("pom.xml")));
  }

  /** A module directory as Maven's {@code -pl} names it: {@code exercises/caching}. */
  private String project(Path moduleDir) {
    Path normalized = moduleDir.toAbsolutePath().normalize();
    return (normalized.startsWith(root) ? root.relativize(normalized) : normalized)
        .toString()
        .replace('\\', '/');
  }

  /** Builds the module if {@code problem} says it must be, once per runner and module. */
  private void ensure(String project, Optional<String> problem, ModuleOutputs outputs) {
    if (problem.isEmpty()) {
      return;
    }
    boolean usable =
        Files.isRegularFile(outputs.classpathFile()) && Files.isDirectory(outputs.testClasses());
    if (usable && builtThisSession.contains(project)) {
      return; // built already; the build decided nothing more was needed
    }
    builder.build(project, problem.get());
    builtThisSession.add(project);
    if (!Files.isRegularFile(outputs.classpathFile())) {
      throw new BuildException(
          "the build of "
              + project
              + " did not write "
              + ModuleOutputs.CLASSPATH_FILE
              + ": run "
              + ModuleBuilder.command(project));
    }
    try {
      // The build may leave an unchanged class path file untouched; mark it as current.
      Files.setLastModifiedTime(
          outputs.classpathFile(),
          java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
    } catch (IOException e) {
      // only a hint for the next staleness check
    }
  }

  /** Takes over what {@link #prepare} loaded, if it loaded it from the same class path. */
  private void adopt(String project, String stamp) {
    Preparation preparation = preparing.remove(project);
    if (preparation == null) {
      return;
    }
    TestFramework prepared;
    try {
      prepared = preparation.ready().join();
    } catch (RuntimeException e) {
      return; // loading it again on this thread meets the same problem and reports it
    }
    if (prepared.stamp().equals(stamp) && !frameworks.containsKey(project)) {
      frameworks.put(project, prepared);
      // The platform may still be warming up while the learner's code compiles.
      warming.put(project, preparation.warm());
    } else {
      preparation.warm().join();
      prepared.close();
    }
  }

  private TestFramework framework(String project, ModuleOutputs outputs) {
    String stamp = outputs.classpathStamp();
    adopt(project, stamp);
    TestFramework current = frameworks.get(project);
    if (current != null && current.stamp().equals(stamp)) {
      return current;
    }
    if (current != null) {
      current.close();
    }
    TestFramework fresh = new TestFramework(outputs.readClasspath(), stamp);
    frameworks.put(project, fresh);
    return fresh;
  }

  private record Compilation(List<CompileError> errors, Duration time) {}

  /**
   * Compiles the packages' sources under {@code codeDir}, unless the classes there were compiled
   * from exactly these files already. Holds the compiler's lock throughout, so that a run waits for
   * a compilation {@link #prepare} started and then finds it done.
   */
  private static Compilation compileIfChanged(
      SourceCompiler compiler, String classpathStamp, Path codeDir, List<String> packageNames) {
    synchronized (compiler) {
      long start = System.nanoTime();
      Path sourceRoot = codeDir.resolve("src/main/java");
      Path classesDir = codeDir.resolve(CLASSES_DIR);
      List<Path> sources = sources(sourceRoot, packageNames);
      CompileStamp stamp = CompileStamp.of(sourceRoot, sources, classpathStamp);
      if (stamp.matches(classesDir)) {
        return new Compilation(List.of(), Duration.ZERO);
      }
      List<CompileError> errors = compiler.compile(sourceRoot, sources, classesDir);
      if (errors.isEmpty()) {
        stamp.writeTo(classesDir);
      }
      return new Compilation(errors, Duration.ofNanos(System.nanoTime() - start));
    }
  }

  private static List<Path> sources(Path sourceRoot, List<String> packageNames) {
    if (!Files.isDirectory(sourceRoot)) {
      throw new BuildException(sourceRoot + " does not exist: there is no code to check");
    }
    List<Path> sources = new ArrayList<>();
    for (String packageName : packageNames) {
      Path packageDir = sourceRoot.resolve(packageName.replace('.', '/'));
      // Sub-packages too: an exercise about layers keeps each layer in a package of its own.
      for (Path file : SourceCompiler.javaFiles(packageDir)) {
        if (!sources.contains(file)) {
          sources.add(file);
        }
      }
    }
    return sources.isEmpty() ? SourceCompiler.javaFiles(sourceRoot) : sources;
  }

  /** The run's configuration: as in the learner build, jqwik's database in the module's target. */
  /**
   * A class path directory, in the tests' {@code target/}, holding the class file of {@code
   * dev.roadmapkit.cli.runner.stop.StopAfterFirstFailure} and the service file that lets Jupiter's
   * autodetection find it, so that the class is defined by the run's loader and links against the
   * module's own Jupiter.
   */
  private static Path stopExtension(Path testsDir) {
    Path dir = testsDir.resolve("target/roadmap-stop-after-first-failure");
    // By name: loading the class here would need Jupiter on the CLI's own class path.
    String type = "dev.roadmapkit.cli.runner.stop.StopAfterFirstFailure";
    Path classFile = dir.resolve(type.replace('.', '/') + ".class");
    Path service = dir.resolve("META-INF/services/org.junit.jupiter.api.extension.Extension");
    try {
      if (!Files.isRegularFile(classFile) || !Files.isRegularFile(service)) {
        Files.createDirectories(classFile.getParent());
        try (InputStream in =
            TestRunner.class
                .getClassLoader()
                .getResourceAsStream(type.replace('.', '/') + ".class")) {
          if (in == null) {
            throw new BuildException("the CLI's jar lacks " + type + "; rebuild the CLI");
          }
          Files.copy(in, classFile, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.createDirectories(service.getParent());
        Files.writeString(service, type + "\n", StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new BuildException("cannot write " + dir + ": " + e.getMessage(), e);
    }
    return dir;
  }

  private static Map<String, String> configuration(Path testsDir) {
    Map<String, String> configuration = new HashMap<>(DEFAULT_CONFIGURATION);
    configuration.put(
        "jqwik.database", testsDir.resolve("target/jqwik-database").toAbsolutePath().toString());
    return configuration;
  }

  private static List<Class<?>> testClasses(
      RunRequest request, ClassLoader loader, String project) {
    List<Class<?>> classes = new ArrayList<>();
    for (Exercise exercise : request.exercises()) {
      for (String name : exercise.tests()) {
        try {
          classes.add(Class.forName(name, false, loader));
        } catch (ClassNotFoundException | LinkageError e) {
          throw new BuildException(
              "test class "
                  + name
                  + " of "
                  + exercise.id()
                  + " is not in "
                  + project
                  + "/"
                  + ModuleOutputs.TEST_CLASSES
                  + ": rebuild with "
                  + ModuleBuilder.command(project),
              e);
        }
      }
    }
    return classes;
  }

  private record Execution(List<TestResult> results, boolean stuck) {}

  private static final Map<String, String> END = Map.of(PlatformEvents.EVENT, "end");

  private Execution execute(
      TestFramework framework,
      URLClassLoader loader,
      List<Class<?>> testClasses,
      Map<String, String> configuration,
      List<String> packages,
      RunListener listener) {
    BlockingQueue<Map<String, String>> events = new LinkedBlockingQueue<>();
    Thread worker =
        new Thread(
            () -> {
              try {
                framework.run(testClasses, configuration, events::add);
              } catch (RuntimeException | Error e) {
                Map<String, String> crash = new HashMap<>();
                crash.put(PlatformEvents.EVENT, PlatformEvents.CRASHED);
                crash.put(PlatformEvents.FAILURE_TYPE, e.getClass().getSimpleName());
                crash.put(PlatformEvents.MESSAGE, String.valueOf(e.getMessage()));
                events.add(crash);
              } finally {
                events.add(END);
              }
            },
            "roadmap-tests");
    worker.setDaemon(true);
    worker.setContextClassLoader(loader);
    worker.start();

    List<TestResult> results = new ArrayList<>();
    Map<String, Long> running = new LinkedHashMap<>();
    Map<String, Map<String, String>> startedEvents = new HashMap<>();
    Map<String, String> lastContainer = Map.of();
    long lastEvent = System.nanoTime();
    try {
      while (true) {
        Map<String, String> event = events.poll(100, TimeUnit.MILLISECONDS);
        long now = System.nanoTime();
        if (event == null) {
          Optional<Map.Entry<String, Long>> oldest = running.entrySet().stream().findFirst();
          boolean testStuck =
              oldest.isPresent() && now - oldest.get().getValue() > testStallLimit.toNanos();
          boolean silent = now - lastEvent > silenceLimit.toNanos();
          // Between tests no timeout applies (a test class's constructor, say): a learner's loop
          // there is recognised by where the thread spins.
          boolean loopingBetweenTests =
              running.isEmpty()
                  && now - lastEvent > testStallLimit.toNanos()
                  && spinsInExerciseCode(worker, loader, packages);
          if (testStuck || silent || loopingBetweenTests) {
            for (String id : running.keySet()) {
              TestResult result = stuck(startedEvents.get(id));
              results.add(result);
              listener.testFinished(result);
            }
            if (running.isEmpty()) {
              TestResult result = loopingBetweenTests ? stuckContainer(lastContainer) : silentRun();
              results.add(result);
              listener.testFinished(result);
            }
            stop(worker);
            stopThreadsOf(framework, loader);
            return new Execution(results, true);
          }
          continue;
        }
        lastEvent = now;
        if (event == END) {
          return new Execution(results, false);
        }
        String kind = event.get(PlatformEvents.EVENT);
        String id = event.getOrDefault(PlatformEvents.ID, "");
        boolean isTest = Boolean.parseBoolean(event.get(PlatformEvents.IS_TEST));
        if (PlatformEvents.STARTED.equals(kind)) {
          if (isTest) {
            running.put(id, now);
            startedEvents.put(id, event);
          } else {
            lastContainer = event;
          }
          continue;
        }
        running.remove(id);
        Optional<TestResult> result = toResult(kind, isTest, event);
        if (result.isPresent()) {
          results.add(result.get());
          listener.testFinished(result.get());
        }
      }
    } catch (InterruptedException e) {
      stop(worker);
      Thread.currentThread().interrupt();
      return new Execution(results, true);
    }
  }

  private static Optional<TestResult> toResult(
      String kind, boolean isTest, Map<String, String> event) {
    String className = event.getOrDefault(PlatformEvents.CLASS_NAME, "");
    String member = isTest ? event.getOrDefault(PlatformEvents.MEMBER_NAME, "") : "";
    String display = event.getOrDefault(PlatformEvents.DISPLAY_NAME, "");
    if (PlatformEvents.CRASHED.equals(kind)) {
      return Optional.of(
          new TestResult(
              "", "", "the test run", TestStatus.FAILED, failureLines(event, MAX_MESSAGE_LINES)));
    }
    if (PlatformEvents.SKIPPED.equals(kind)) {
      if (!isTest && className.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(
          new TestResult(
              className,
              member,
              display,
              TestStatus.SKIPPED,
              List.of(event.getOrDefault(PlatformEvents.MESSAGE, "no reason given"))));
    }
    String status = event.getOrDefault(PlatformEvents.STATUS, "");
    if (!isTest) {
      if (!"FAILED".equals(status)) {
        return Optional.empty();
      }
      // A container that fails (a @BeforeAll, a class that cannot be created) fails its tests.
      return Optional.of(
          new TestResult(
              className,
              "",
              display + " could not run",
              TestStatus.FAILED,
              failureLines(event, MAX_MESSAGE_LINES)));
    }
    return Optional.of(
        switch (status) {
          case "SUCCESSFUL" ->
              new TestResult(className, member, display, TestStatus.PASSED, List.of());
          case "ABORTED" ->
              new TestResult(
                  className,
                  member,
                  display,
                  TestStatus.SKIPPED,
                  List.of(
                      event.getOrDefault(PlatformEvents.MESSAGE, "").isBlank()
                          ? "no reason given"
                          : event.get(PlatformEvents.MESSAGE).strip()));
          default ->
              new TestResult(
                  className,
                  member,
                  display,
                  TestStatus.FAILED,
                  failureLines(event, MAX_MESSAGE_LINES));
        });
  }

  /**
   * The lines a learner needs about a failure: for an assertion its message; for a timeout a
   * sentence about endless loops; for any other exception its type, message, and the line of the
   * kit's code it came from.
   */
  static List<String> failureLines(Map<String, String> event, int maxLines) {
    List<String> lines = new ArrayList<>();
    String message = event.getOrDefault(PlatformEvents.MESSAGE, "").strip();
    if (Boolean.parseBoolean(event.get(PlatformEvents.TIMEOUT))) {
      lines.add(message.isEmpty() ? "timed out" : message);
      lines.add(
          "The test was stopped: look for an endless loop or a deadlock in your code (a loop whose"
              + " condition never changes, or threads waiting for each other).");
      return lines;
    }
    if (Boolean.parseBoolean(event.get(PlatformEvents.ASSERTION))) {
      addLines(
          lines,
          message.isEmpty()
              ? event.getOrDefault(PlatformEvents.FAILURE_TYPE, "AssertionError")
              : message,
          maxLines);
    } else {
      String type = event.getOrDefault(PlatformEvents.FAILURE_TYPE, "Exception");
      addLines(lines, message.isEmpty() ? type : type + ": " + message, maxLines);
      Optional.ofNullable(event.get(PlatformEvents.ORIGIN)).ifPresent(o -> lines.add("at " + o));
      Optional.ofNullable(event.get(PlatformEvents.CAUSE))
          .ifPresent(c -> lines.add("caused by " + c.strip()));
    }
    return lines;
  }

  private static void addLines(List<String> lines, String text, int maxLines) {
    String[] split =
        text.lines().filter(line -> !STACK_LINE.matcher(line).matches()).toArray(String[]::new);
    for (int i = 0; i < split.length; i++) {
      if (lines.size() == maxLines) {
        lines.add("... (" + (split.length - i) + " more lines)");
        return;
      }
      lines.add(split[i].stripTrailing());
    }
  }

  private TestResult stuck(Map<String, String> started) {
    return new TestResult(
        started.getOrDefault(PlatformEvents.CLASS_NAME, ""),
        started.getOrDefault(PlatformEvents.MEMBER_NAME, ""),
        started.getOrDefault(PlatformEvents.DISPLAY_NAME, ""),
        TestStatus.FAILED,
        List.of(
            "did not finish within "
                + testStallLimit.toSeconds()
                + " s and ignored every attempt to stop it, so the run was abandoned.",
            "Look for an endless loop in your code: a loop whose condition never changes, and"
                + " that never waits or sleeps."));
  }

  private TestResult stuckContainer(Map<String, String> container) {
    String display = container.getOrDefault(PlatformEvents.DISPLAY_NAME, "the test run");
    return new TestResult(
        container.getOrDefault(PlatformEvents.CLASS_NAME, ""),
        "",
        display + " could not run",
        TestStatus.FAILED,
        List.of(
            "your code did not finish within "
                + testStallLimit.toSeconds()
                + " s while the tests were being set up (a constructor or field of the test"
                + " class), so the run was abandoned.",
            "Look for an endless loop in your code: a loop whose condition never changes."));
  }

  /**
   * Whether a thread of the run is busy in the exercise's own code: running, with one of its
   * topmost frames in an exercise package. That is a loop of the learner's, not a wait for a
   * service.
   */
  private static boolean spinsInExerciseCode(
      Thread worker, ClassLoader loader, List<String> packages) {
    List<Thread> threads = new ArrayList<>(List.of(worker));
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread != worker && thread.getContextClassLoader() == loader) {
        threads.add(thread);
      }
    }
    for (Thread thread : threads) {
      if (thread.getState() != Thread.State.RUNNABLE) {
        continue;
      }
      StackTraceElement[] frames = thread.getStackTrace();
      for (int i = 0; i < Math.min(5, frames.length); i++) {
        String type = frames[i].getClassName();
        if (packages.stream().anyMatch(p -> type.startsWith(p + "."))) {
          return true;
        }
      }
    }
    return false;
  }

  private TestResult silentRun() {
    return new TestResult(
        "",
        "",
        "the test run",
        TestStatus.FAILED,
        List.of(
            "nothing happened for "
                + silenceLimit.toSeconds()
                + " s, so the run was abandoned: a service that never started, or a deadlock"
                + " outside any test?"));
  }

  /** Stops Jupiter's abandoned timeout threads: tests that timed out but ignored the interrupt. */
  private static void stopStrayTimeoutThreads(TestFramework framework) {
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().startsWith(JUNIT_TIMEOUT_THREAD)
          && thread.isAlive()
          && framework.owns(thread.getContextClassLoader())) {
        stop(thread);
      }
    }
  }

  private static void stopThreadsOf(TestFramework framework, ClassLoader loader) {
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      ClassLoader context = thread.getContextClassLoader();
      if (thread != Thread.currentThread()
          && thread.isAlive()
          && (context == loader || framework.owns(context))
          && (thread.getName().startsWith(JUNIT_TIMEOUT_THREAD)
              || thread.getName().equals("roadmap-tests"))) {
        stop(thread);
      }
    }
  }

  /**
   * Stops a thread that ignores interrupts. {@link Thread#stop()} is the only way, and it is unsafe
   * in general; here the thread runs a learner's endless loop in classes nobody will use again.
   * Java 20 and later refuse; the thread then keeps running until the CLI exits.
   */
  @SuppressWarnings({"deprecation", "removal"})
  private static void stop(Thread thread) {
    thread.interrupt();
    try {
      thread.stop();
    } catch (UnsupportedOperationException | SecurityException e) {
      // nothing more can be done from inside this JVM
    }
  }
}
