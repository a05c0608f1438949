package dev.roadmapkit.cicd.semanticrelease;

/** What a commit asks of the next version, from nothing to a major release (given). */
public enum Bump {
  /** Not releasable: docs, chores, refactorings, tests, and messages that are not conventional. */
  NONE,
  /** {@code fix} and {@code perf}: the next patch version. */
  PATCH,
  /** {@code feat}: the next minor version. */
  MINOR,
  /** A breaking change ({@code !} in the header or a {@code BREAKING CHANGE:} footer). */
  MAJOR
}
