package dev.roadmapkit.cicd.workflowlint;

import java.util.Set;

/**
 * Given: how strict the linter is. Do not change this record.
 *
 * @param trustedOwners owners (the part before the first {@code /} of {@code uses:}, compared
 *     exactly) whose actions may be used by tag, such as {@code actions} for GitHub's own; empty to
 *     require a commit SHA for every action
 */
public record LintConfig(Set<String> trustedOwners) {

  /** Copies the set. */
  public LintConfig {
    trustedOwners = Set.copyOf(trustedOwners);
  }

  /** Every action, GitHub's own included, must be pinned to a commit SHA. */
  public static LintConfig strict() {
    return new LintConfig(Set.of());
  }

  /** The actions of these owners may be used by tag; all others must be pinned. */
  public static LintConfig trusting(String... owners) {
    return new LintConfig(Set.of(owners));
  }
}
