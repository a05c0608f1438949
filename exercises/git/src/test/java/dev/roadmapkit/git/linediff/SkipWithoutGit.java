package dev.roadmapkit.git.linediff;

import dev.roadmapkit.support.git.RealGit;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.opentest4j.TestAbortedException;

/**
 * Skips a jqwik container that drives real git when git is missing, with RealGit's how-to; when
 * ROADMAP_REQUIRE_SERVICES=true the container runs, and its RealGit.require() fails it.
 */
public class SkipWithoutGit implements SkipExecutionHook {

  @Override
  public SkipResult shouldBeSkipped(LifecycleContext context) {
    try {
      RealGit.require();
      return SkipResult.doNotSkip();
    } catch (TestAbortedException missing) {
      return SkipResult.skip(missing.getMessage());
    } catch (AssertionError required) {
      return SkipResult.doNotSkip();
    }
  }
}
