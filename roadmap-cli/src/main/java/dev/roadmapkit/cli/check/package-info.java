/**
 * Checking exercises for a learner: {@link dev.roadmapkit.cli.check.ExerciseChecker} runs them
 * through the one {@link dev.roadmapkit.cli.runner.TestRunner}, prints the report and records each
 * exercise's outcome in the progress file. {@code check}, {@code watch} and {@code status} all
 * check through it.
 */
package dev.roadmapkit.cli.check;
