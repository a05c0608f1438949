package dev.roadmapkit.cli.runner.stop;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * A Jupiter extension that disables every test after the first one fails, for runs that need only
 * to know whether some test fails: a wrong solution is rejected by its first failing test, and the
 * tests after it (a database set up per class, a race repeated many times) would only cost time.
 *
 * <p>The runner does not register it on its own class path: it copies this class, with a service
 * file naming it, into a directory of the run's class loader and turns on Jupiter's extension
 * autodetection, so the class links against the module's own JUnit. The state lives in the root
 * context's store, so it lasts one launcher execution.
 */
public final class StopAfterFirstFailure implements ExecutionCondition, TestWatcher {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(StopAfterFirstFailure.class.getName());
  private static final String FAILED = "failed";

  /** Creates the extension; Jupiter does, through the service loader. */
  public StopAfterFirstFailure() {}

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    Object failed = context.getRoot().getStore(NAMESPACE).get(FAILED);
    return failed == null
        ? ConditionEvaluationResult.enabled("no test has failed yet")
        : ConditionEvaluationResult.disabled(
            "not run: " + failed + " failed already, which settles this run");
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
    if (store.get(FAILED) == null) {
      store.put(FAILED, "\"" + context.getDisplayName() + "\"");
    }
  }
}
