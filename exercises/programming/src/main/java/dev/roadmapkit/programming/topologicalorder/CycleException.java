package dev.roadmapkit.programming.topologicalorder;

import java.util.List;

/**
 * Given: thrown when the prerequisites contain a cycle, so no order exists. It carries the cycle as
 * a closed path in prerequisite direction: {@code [a, b, c, a]} means a needs b, b needs c and c
 * needs a.
 */
public final class CycleException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<String> cycle;

  /**
   * @param cycle the closed path: its first and last topics are the same, and each topic needs the
   *     one after it
   */
  public CycleException(List<String> cycle) {
    super("the prerequisites contain a cycle: " + String.join(" -> ", cycle));
    this.cycle = List.copyOf(cycle);
  }

  /** The cycle as a closed path, first topic repeated at the end. */
  public List<String> cycle() {
    return cycle;
  }
}
