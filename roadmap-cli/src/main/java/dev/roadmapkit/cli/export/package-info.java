/**
 * The roadmap with the learner's progress in the formats {@code export} writes: text, Markdown,
 * Mermaid and JSON come from roadmap-core's renderers, HTML (a single self-contained page) from
 * {@link dev.roadmapkit.cli.export.HtmlExport}.
 */
package dev.roadmapkit.cli.export;
