/**
 * The roadmap as immutable values: sections, topics, resources, exercises, the learner's progress,
 * and the typed identifiers that tie them together.
 *
 * <p>Identifiers are slugs that never change once published. A renamed section or topic keeps its
 * old id as an alias, and the lookups on {@link dev.roadmapkit.core.model.Roadmap} resolve aliases,
 * so references written against older content keep working.
 *
 * <p>Records in this package reject {@code null} and malformed identifiers when constructed. They
 * do not check cross-references (unknown prerequisites, duplicate ids, cycles); that is the job of
 * {@link dev.roadmapkit.core.validation}.
 */
package dev.roadmapkit.core.model;
