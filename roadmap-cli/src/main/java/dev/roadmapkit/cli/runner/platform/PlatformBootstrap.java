package dev.roadmapkit.cli.runner.platform;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs test classes with the JUnit Platform Launcher of the class loader this class was defined in,
 * and reports every event as a map of strings ({@link PlatformEvents}).
 *
 * <p>The launcher is created on the first run and kept, so that later runs in the same class loader
 * find the engines warm. The caller sets the thread's context class loader to the loader of the
 * test classes; the platform reads {@code junit-platform.properties} and the engines' services
 * through it.
 */
public final class PlatformBootstrap {

  private static Launcher launcher;

  private PlatformBootstrap() {}

  /**
   * Runs the tests of some classes.
   *
   * @param testClasses the test classes, loaded by the context class loader
   * @param configuration configuration parameters; they override {@code junit-platform.properties}
   * @param events receives one map per event, on the calling thread
   */
  public static void run(
      List<Class<?>> testClasses,
      Map<String, String> configuration,
      Consumer<Map<String, String>> events) {
    try {
      DiscoverySelector[] selectors =
          testClasses.stream()
              .map(DiscoverySelectors::selectClass)
              .toArray(DiscoverySelector[]::new);
      LauncherDiscoveryRequest request =
          LauncherDiscoveryRequestBuilder.request()
              .selectors(selectors)
              .configurationParameters(configuration)
              .build();
      launcher().execute(request, new Reporter(events));
    } catch (RuntimeException | LinkageError e) {
      Map<String, String> crash = new HashMap<>();
      crash.put(PlatformEvents.EVENT, PlatformEvents.CRASHED);
      describe(e, crash);
      events.accept(crash);
    }
  }

  /**
   * Creates the launcher, loads the engines and lets them execute an empty request, so that the
   * first run finds them loaded. The context class loader must see the engines. (Running sample
   * tests here as well was measured: on two cores it slows a cold check, as it competes with the
   * compiler for the processor.)
   *
   * @param configuration configuration parameters, such as where jqwik keeps its database
   */
  public static void warmUp(Map<String, String> configuration) {
    launcher()
        .execute(
            LauncherDiscoveryRequestBuilder.request()
                .configurationParameters(configuration)
                .build(),
            new TestExecutionListener() {});
  }

  private static synchronized Launcher launcher() {
    if (launcher == null) {
      launcher = LauncherFactory.create();
    }
    return launcher;
  }

  private static void describe(Throwable failure, Map<String, String> event) {
    event.put(PlatformEvents.FAILURE_TYPE, failure.getClass().getSimpleName());
    event.put(PlatformEvents.MESSAGE, failure.getMessage() == null ? "" : failure.getMessage());
    event.put(PlatformEvents.ASSERTION, Boolean.toString(failure instanceof AssertionError));
    event.put(
        PlatformEvents.TIMEOUT,
        Boolean.toString(
            failure instanceof TimeoutException
                || failure.getClass().getSimpleName().contains("Timeout")));
    for (StackTraceElement frame : failure.getStackTrace()) {
      String type = frame.getClassName();
      if (type.startsWith("dev.roadmapkit.")
          && !type.startsWith("dev.roadmapkit.support.")
          && !type.startsWith("dev.roadmapkit.cli.")) {
        event.put(
            PlatformEvents.ORIGIN,
            type.substring(type.lastIndexOf('.') + 1)
                + "."
                + frame.getMethodName()
                + "("
                + frame.getFileName()
                + ":"
                + frame.getLineNumber()
                + ")");
        break;
      }
    }
    Throwable cause = failure.getCause();
    if (cause != null && cause != failure) {
      event.put(
          PlatformEvents.CAUSE,
          cause.getClass().getSimpleName()
              + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
    }
  }

  /** Turns the launcher's callbacks into event maps. */
  private static final class Reporter implements TestExecutionListener {

    private final Consumer<Map<String, String>> events;

    Reporter(Consumer<Map<String, String>> events) {
      this.events = events;
    }

    @Override
    public void executionStarted(TestIdentifier test) {
      events.accept(event(PlatformEvents.STARTED, test));
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
      Map<String, String> event = event(PlatformEvents.SKIPPED, test);
      event.put(PlatformEvents.MESSAGE, reason == null ? "" : reason);
      events.accept(event);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
      Map<String, String> event = event(PlatformEvents.FINISHED, test);
      event.put(PlatformEvents.STATUS, result.getStatus().name());
      result.getThrowable().ifPresent(failure -> describe(failure, event));
      events.accept(event);
    }

    private static Map<String, String> event(String kind, TestIdentifier test) {
      Map<String, String> event = new HashMap<>();
      event.put(PlatformEvents.EVENT, kind);
      event.put(PlatformEvents.ID, test.getUniqueId());
      event.put(PlatformEvents.IS_TEST, Boolean.toString(test.isTest()));
      event.put(PlatformEvents.DISPLAY_NAME, test.getDisplayName());
      TestSource source = test.getSource().orElse(null);
      if (source instanceof MethodSource method) {
        event.put(PlatformEvents.CLASS_NAME, method.getClassName());
        event.put(PlatformEvents.MEMBER_NAME, method.getMethodName());
      } else if (source instanceof ClassSource type) {
        event.put(PlatformEvents.CLASS_NAME, type.getClassName());
      } else {
        fromUniqueId(test.getUniqueId(), test.isTest(), event);
      }
      return event;
    }

    /**
     * Other engines' sources (ArchUnit's rules in fields, say): the class and member from the
     * unique id's {@code class:} and last {@code field:} or {@code method:} segments.
     */
    private static void fromUniqueId(String id, boolean isTest, Map<String, String> event) {
      try {
        for (UniqueId.Segment segment : UniqueId.parse(id).getSegments()) {
          String type = segment.getType();
          String value = segment.getValue();
          if (type.equals("class")) {
            event.put(PlatformEvents.CLASS_NAME, value);
          } else if (isTest && (type.equals("field") || type.equals("method"))) {
            int parameters = value.indexOf('(');
            event.put(
                PlatformEvents.MEMBER_NAME,
                parameters < 0 ? value : value.substring(0, parameters));
          }
        }
      } catch (RuntimeException e) {
        // an id in another syntax: the test keeps its display name only
      }
    }
  }
}
