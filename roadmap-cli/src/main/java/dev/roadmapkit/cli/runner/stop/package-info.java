/**
 * Loaded in a run's class loader, not the CLI's: a Jupiter extension that ends a run at its first
 * failing test, for runs that need only a verdict (the kit check's wrong solutions).
 */
package dev.roadmapkit.cli.runner.stop;
