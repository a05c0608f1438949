/**
 * Adapters that implement the domain's ports with real technology: a SQL table, an SMTP server. The
 * infrastructure depends on the domain, never the other way round.
 */
package dev.roadmapkit.designprinciples.dependencyinversion.infrastructure;
