/**
 * The learner's progress file, {@code .roadmap/progress.json}, as the commands use it: read,
 * changed and written back through roadmap-core's {@link
 * dev.roadmapkit.core.progress.ProgressStore}, with a corrupt file set aside (renamed, never
 * deleted) and reported in one line.
 */
package dev.roadmapkit.cli.progress;
