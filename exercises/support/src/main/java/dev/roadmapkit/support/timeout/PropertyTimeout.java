package dev.roadmapkit.support.timeout;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Fails a jqwik property that runs longer than the default timeout (10 s, or the system property
 * {@value #TIMEOUT_PROPERTY} in seconds), the counterpart of Jupiter's default timeout. Registered
 * for every property through {@code META-INF/services}.
 *
 * <p>jqwik must run a property on its own thread, so a watchdog interrupts that thread when the
 * time is up: a deadlock or a wait ends there, and the property fails with a message about endless
 * loops. A busy loop that ignores interrupts cannot be stopped from inside the JVM; when the system
 * property {@value #HALT_PROPERTY} is {@code true} (the exercise modules' Surefire set-up), the
 * watchdog then prints the same message and ends the test JVM, so the run never hangs.
 */
public final class PropertyTimeout implements AroundPropertyHook {

  /** System property that overrides the timeout, in seconds. */
  public static final String TIMEOUT_PROPERTY = "roadmap.property.timeout.seconds";

  /** System property that allows ending the JVM when a property ignores the interrupt. */
  public static final String HALT_PROPERTY = "roadmap.property.timeout.halt";

  private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration GRACE = Duration.ofSeconds(5);

  @Override
  public PropagationMode propagateTo() {
    return PropagationMode.ALL_DESCENDANTS;
  }

  @Override
  public int aroundPropertyProximity() {
    // Outermost: the timeout covers every other hook's work too.
    return -100;
  }

  @Override
  public PropertyExecutionResult aroundProperty(
      PropertyLifecycleContext context, PropertyExecutor property) {
    Duration timeout = timeout();
    String message =
        "'"
            + context.label()
            + "' did not finish within "
            + timeout.toSeconds()
            + " s and was stopped. Look for an endless loop or a deadlock in your code: a loop"
            + " whose condition never changes, or threads waiting for each other.";
    Thread propertyThread = Thread.currentThread();
    AtomicBoolean finished = new AtomicBoolean();
    AtomicBoolean timedOut = new AtomicBoolean();
    Thread watchdog =
        new Thread(
            () -> watch(propertyThread, finished, timedOut, timeout, message),
            "timeout " + context.label());
    watchdog.setDaemon(true);
    watchdog.start();
    PropertyExecutionResult result;
    try {
      result = property.execute();
    } finally {
      finished.set(true);
      watchdog.interrupt();
    }
    if (timedOut.get()) {
      try {
        watchdog.join(); // no stray interrupt may reach the next property
      } catch (InterruptedException e) {
        // only the watchdog interrupts us, and it has stopped
      }
      Thread.interrupted(); // clear the flag the watchdog set, for the next property
      return result.mapToFailed(new AssertionError(message));
    }
    return result;
  }

  private static void watch(
      Thread propertyThread,
      AtomicBoolean finished,
      AtomicBoolean timedOut,
      Duration timeout,
      String message) {
    try {
      TimeUnit.MILLISECONDS.sleep(timeout.toMillis());
      if (finished.get()) {
        return;
      }
      timedOut.set(true);
      // Keep interrupting: after the first interrupt jqwik may shrink, running the code again.
      long graceEnd = System.nanoTime() + GRACE.toNanos();
      while (!finished.get() && System.nanoTime() < graceEnd) {
        propertyThread.interrupt();
        TimeUnit.MILLISECONDS.sleep(50);
      }
      if (!finished.get() && Boolean.getBoolean(HALT_PROPERTY)) {
        System.err.println();
        System.err.println("  \u2718 " + message);
        System.err.println("      The code ignored the interrupt, so this test run ends here.");
        System.err.flush();
        System.out.flush();
        Runtime.getRuntime().halt(3);
      }
    } catch (InterruptedException e) {
      // the property finished first
    }
  }

  static Duration timeout() {
    String configured = System.getProperty(TIMEOUT_PROPERTY);
    if (configured == null || configured.isBlank()) {
      return DEFAULT_TIMEOUT;
    }
    try {
      long seconds = Long.parseLong(configured.strip());
      return seconds > 0 ? Duration.ofSeconds(seconds) : DEFAULT_TIMEOUT;
    } catch (NumberFormatException e) {
      return DEFAULT_TIMEOUT;
    }
  }
}
