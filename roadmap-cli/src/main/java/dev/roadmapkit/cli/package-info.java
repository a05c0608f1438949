/**
 * The learner's command line, {@code ./roadmap}: {@link dev.roadmapkit.cli.Main} wires the commands
 * ({@link dev.roadmapkit.cli.command}) and turns every {@link dev.roadmapkit.cli.RoadmapException}
 * into one line of text and an {@link dev.roadmapkit.cli.ExitCode}, never a stack trace.
 */
package dev.roadmapkit.cli;
