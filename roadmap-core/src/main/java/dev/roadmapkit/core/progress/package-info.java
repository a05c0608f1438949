/**
 * The learner's progress on disk and in numbers: {@link dev.roadmapkit.core.progress.ProgressStore}
 * reads and writes the progress file (atomically, never overwriting a corrupt one), and {@link
 * dev.roadmapkit.core.progress.ProgressReport} turns progress into completion per section and
 * overall. The values themselves ({@link dev.roadmapkit.core.model.Progress}, topic and exercise
 * statuses) are in the model.
 */
package dev.roadmapkit.core.progress;
