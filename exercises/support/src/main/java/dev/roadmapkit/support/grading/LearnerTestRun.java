package dev.roadmapkit.support.grading;

import static java.util.stream.Collectors.joining;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs the learner's test classes with the JUnit Platform (Jupiter and jqwik, whichever the class
 * path has) inside the running test, and tells per test method whether it passed. A parameterized
 * test or a property passes only if every invocation passes.
 */
final class LearnerTestRun {

  /**
   * One learner test's outcome.
   *
   * @param key {@code binaryClassName#method}
   * @param name what the learner calls it: {@code PriceCalculatorTest.tenItems}
   * @param passed whether every invocation passed
   * @param failure the first failure's message (first line), when it did not pass
   * @param byAssertion whether that failure came from an assertion, not from an exception the code
   *     threw
   * @param failedRuns in how many runs it failed (1 or 0 for a single run)
   */
  record Outcome(
      String key,
      String name,
      boolean passed,
      String failure,
      boolean byAssertion,
      int failedRuns) {

    /**
     * Whether it failed by running into the per-test timeout (JUnit's "timed out after"), not by an
     * assertion or an exception of its own: a test that hangs on a bug does not catch it.
     */
    boolean hung() {
      return !passed
          && failure.startsWith("TimeoutException: ")
          && failure.contains(" timed out after ");
    }

    /** This outcome and the same test's in another run: passed only if both passed. */
    Outcome plus(Outcome other) {
      Outcome failed = passed ? other : this;
      return new Outcome(
          key,
          name,
          passed && other.passed,
          failed.failure,
          failed.byAssertion,
          failedRuns + other.failedRuns);
    }
  }

  private static final int MAX_MESSAGE = 300;

  private LearnerTestRun() {}

  /**
   * Runs the classes, loaded by {@code loader}.
   *
   * @param loader the loader that defines them (and the code they test)
   * @param classNames binary names of the classes to run
   * @param jqwikDatabase where jqwik keeps its database, in a directory that exists
   * @param timeout how long one test may run before it fails as hung
   * @return the outcomes by key, in the order the tests finished
   * @throws ClassNotFoundException if a class is missing
   */
  static Map<String, Outcome> run(
      ClassLoader loader,
      List<String> classNames,
      java.nio.file.Path jqwikDatabase,
      java.time.Duration timeout)
      throws ClassNotFoundException {
    List<DiscoverySelector> selectors = new ArrayList<>();
    for (String name : classNames) {
      selectors.add(DiscoverySelectors.selectClass(Class.forName(name, false, loader)));
    }
    LauncherDiscoveryRequest request =
        LauncherDiscoveryRequestBuilder.request()
            .selectors(selectors)
            // As in every exercise test: an endless loop fails the test, not the grading.
            .configurationParameter(
                "junit.jupiter.execution.timeout.default", timeout.toMillis() + " ms")
            .configurationParameter(
                "junit.jupiter.execution.timeout.thread.mode.default", "SEPARATE_THREAD")
            .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "false")
            .configurationParameter("jqwik.reporting.onlyfailures", "true")
            .configurationParameter("jqwik.reporting.usejunitplatform", "true")
            // Each run on its own: no failure of another variant's run replayed first, and the
            // database where the build keeps its files (jqwik's default is relative to the
            // working directory, which need not have a target/).
            .configurationParameter("jqwik.failures.runfirst", "false")
            .configurationParameter("jqwik.failures.after.default", "RANDOM_SEED")
            .configurationParameter("jqwik.database", jqwikDatabase.toString())
            .build();
    Launcher launcher =
        LauncherFactory.create(
            LauncherConfig.builder()
                .enableTestExecutionListenerAutoRegistration(false)
                .enableLauncherSessionListenerAutoRegistration(false)
                .enablePostDiscoveryFilterAutoRegistration(false)
                .build());
    Map<String, Outcome> outcomes = new LinkedHashMap<>();
    TestExecutionListener listener =
        new TestExecutionListener() {
          @Override
          public void executionFinished(TestIdentifier test, TestExecutionResult result) {
            if (!test.isTest()) {
              return;
            }
            record(
                test,
                result.getStatus() == TestExecutionResult.Status.SUCCESSFUL,
                result.getThrowable());
          }

          @Override
          public void executionSkipped(TestIdentifier test, String reason) {
            if (test.isTest()) {
              record(test, true, Optional.empty());
            }
          }

          private void record(TestIdentifier test, boolean passed, Optional<Throwable> thrown) {
            Optional<MethodSource> source =
                test.getSource()
                    .filter(MethodSource.class::isInstance)
                    .map(MethodSource.class::cast);
            if (source.isEmpty()) {
              return;
            }
            String className = source.get().getClassName();
            String key = className + "#" + source.get().getMethodName();
            String name = nameOf(key);
            Outcome before = outcomes.get(key);
            if (before != null && !before.passed()) {
              return; // the first failing invocation speaks for the test
            }
            outcomes.put(
                key,
                passed
                    ? new Outcome(key, name, true, "", false, 0)
                    : new Outcome(key, name, false, message(thrown), byAssertion(thrown), 1));
          }
        };
    Thread thread = Thread.currentThread();
    ClassLoader context = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      launcher.execute(request, listener);
    } finally {
      thread.setContextClassLoader(context);
    }
    return outcomes;
  }

  /**
   * What the learner calls a test: {@code PriceCalculatorTest.tenItems} for the key {@code
   * dev.….PriceCalculatorTest#tenItems}, nested classes joined by dots.
   */
  static String nameOf(String key) {
    String className = key.substring(0, key.indexOf('#'));
    return className.substring(className.lastIndexOf('.') + 1).replace('$', '.')
        + "."
        + key.substring(key.indexOf('#') + 1);
  }

  private static String message(Optional<Throwable> thrown) {
    if (thrown.isEmpty()) {
      return "failed";
    }
    Throwable t = thrown.get();
    String text = t.getMessage();
    // AssertJ and JUnit spread "expected ... but was ..." over lines: one line here, cut short.
    String first =
        text == null
            ? ""
            : text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(joining(" "));
    if (first.length() > MAX_MESSAGE) {
      first = first.substring(0, MAX_MESSAGE) + " ...";
    }
    if (t instanceof AssertionError) {
      return first.isEmpty() ? t.getClass().getSimpleName() : first;
    }
    return t.getClass().getSimpleName() + (first.isEmpty() ? "" : ": " + first);
  }

  private static boolean byAssertion(Optional<Throwable> thrown) {
    return thrown.isPresent() && thrown.get() instanceof AssertionError;
  }
}
