/**
 * Questions that need the roadmap and the exercise catalogs together: which exercises practise a
 * topic, which topics no exercise practises yet, which exercises belong to a section, and what to
 * do next. Questions about the roadmap alone (learning order, topics of a section, alias lookups)
 * are methods of {@link dev.roadmapkit.core.model.Roadmap}.
 */
package dev.roadmapkit.core.query;
