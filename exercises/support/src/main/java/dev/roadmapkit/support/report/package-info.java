/**
 * The learner-facing test report: one line per test with its display name, grouped by exercise, the
 * failure message without a wall of stack trace, and a closing summary that says what to do next.
 * Enabled in Maven runs by the configuration parameter {@code roadmap.report=console}.
 */
package dev.roadmapkit.support.report;
