/**
 * {@code ./roadmap dev check}: the kit check's invariants with the tests run through the CLI's own
 * runner instead of read from Surefire's reports. {@link
 * dev.roadmapkit.cli.devcheck.RunnerModuleRuns} runs every module's tests against its starting code
 * and against its reference solution and hands the outcomes to {@link
 * dev.roadmapkit.kitcheck.KitCheck}.
 */
package dev.roadmapkit.cli.devcheck;
