/**
 * Watching the learner's sources for {@code ./roadmap watch}: {@link
 * dev.roadmapkit.cli.watch.SourceWatcher} waits for a saved change below a module's sources, then
 * for the burst of events an editor makes on one save to end, so that one save is one re-check.
 */
package dev.roadmapkit.cli.watch;
