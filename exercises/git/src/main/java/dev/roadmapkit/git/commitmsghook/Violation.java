package dev.roadmapkit.git.commitmsghook;

import java.util.Objects;

/**
 * One broken rule. Given: do not change.
 *
 * @param line the line of the message file it is on, counting from 1 (comment lines count, so that
 *     the number is the one an editor shows)
 * @param rule the rule
 */
public record Violation(int line, Rule rule) {

  public Violation {
    Objects.requireNonNull(rule, "rule");
    if (line < 1) {
      throw new IllegalArgumentException("line " + line + " must be 1 or more");
    }
  }

  /** {@code line 3: explanation}, as the hook prints it. */
  @Override
  public String toString() {
    return "line " + line + ": " + rule.explanation();
  }
}
