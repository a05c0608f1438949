/**
 * Consistency checks over a whole roadmap: unique ids (aliases included), prerequisites that
 * resolve, and prerequisites without cycles. Findings are {@link
 * dev.roadmapkit.core.validation.Problem}s, each saying where and what, so a maintainer sees every
 * defect at once rather than the first.
 */
package dev.roadmapkit.core.validation;
