package dev.roadmapkit.git.gitignorematcher;

import java.util.Objects;
import java.util.Optional;

/**
 * What the rules say about one path. Given: do not change.
 *
 * @param rule the rule that decided, or empty when no rule matched the path (nor any directory
 *     above it)
 */
public record Decision(Optional<MatchedRule> rule) {

  /** No rule matched: the path is not ignored. */
  public static final Decision NO_RULE = new Decision(Optional.empty());

  public Decision {
    Objects.requireNonNull(rule, "rule");
  }

  /** The decision of {@code rule}: ignored unless it is a negation. */
  public static Decision by(MatchedRule rule) {
    return new Decision(Optional.of(rule));
  }

  /** Whether the path is ignored: a rule decided, and it is not a negation. */
  public boolean ignored() {
    return rule.isPresent() && !rule.get().negated();
  }

  /** Like {@code git check-ignore -v -n}: {@code source:line:pattern}, or {@code ::} for none. */
  @Override
  public String toString() {
    return rule.map(MatchedRule::toString).orElse("::");
  }
}
