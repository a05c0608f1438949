package dev.roadmapkit.kitcheck;

import java.util.Objects;
import java.util.Optional;

/**
 * A test found in the compiled test classes, whatever engine runs it.
 *
 * @param guard tagged {@code guard}: it protects behaviour and must pass on the starting code too
 * @param label a jqwik {@code @Label}, which Surefire reports instead of the method name
 */
public record DiscoveredTest(TestKey key, boolean guard, Optional<String> label) {
  public DiscoveredTest {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(label, "label");
  }

  public DiscoveredTest(TestKey key, boolean guard) {
    this(key, guard, Optional.empty());
  }
}
