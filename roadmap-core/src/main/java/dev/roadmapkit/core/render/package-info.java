/**
 * The roadmap with a learner's progress, rendered for people and tools: a plain text tree, Markdown
 * with a Mermaid diagram of the sections, a Mermaid diagram alone, and JSON.
 *
 * <p>Every renderer is deterministic: the same curriculum and progress give the same text, byte for
 * byte, on every platform ({@code \n} line ends, no locale-dependent formatting, no timestamps).
 */
package dev.roadmapkit.core.render;
