/**
 * The kit on disk as the CLI sees it: where its modules, solutions and the learner's state live
 * ({@link dev.roadmapkit.cli.kit.Kit}), the roadmap joined with the exercise catalogs, and the
 * lookup of what a learner types (exercise, module, topic or section ids) with "did you mean"
 * suggestions for mistyped ones ({@link dev.roadmapkit.cli.kit.Lookup}).
 */
package dev.roadmapkit.cli.kit;
