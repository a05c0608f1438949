/**
 * The commands of {@code ./roadmap}, one class each: {@code status} (also what {@code ./roadmap}
 * alone runs), {@code list}, {@code show}, {@code check}, {@code watch}, {@code hint}, {@code
 * solution}, {@code reset}, {@code export} and {@code dev check}. Each gets what it works with (the
 * kit, the terminal, the runner's builder, the clock) from the {@link
 * dev.roadmapkit.cli.command.CommandContext} of the {@link
 * dev.roadmapkit.cli.command.RoadmapCommand} above it, so that tests can run every command against
 * a fixture kit.
 */
package dev.roadmapkit.cli.command;
