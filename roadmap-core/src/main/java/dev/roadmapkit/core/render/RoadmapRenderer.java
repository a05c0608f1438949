package dev.roadmapkit.core.render;

import dev.roadmapkit.core.model.Progress;
import dev.roadmapkit.core.query.Curriculum;

/** Renders the roadmap with a learner's progress as text in one format. */
public sealed interface RoadmapRenderer
    permits TextRenderer, MarkdownRenderer, MermaidRenderer, JsonRenderer {

  /**
   * Renders the roadmap. Sections come in learning order; topic entries recorded under an alias
   * count for the current topic.
   *
   * @param curriculum the roadmap and its exercises
   * @param progress the learner's progress; {@link Progress#empty()} for none
   * @return the text, ending with a line break
   */
  String render(Curriculum curriculum, Progress progress);

  /**
   * Returns the renderer for a format.
   *
   * @param format the format
   * @return its renderer
   */
  static RoadmapRenderer of(RenderFormat format) {
    return switch (format) {
      case TEXT -> new TextRenderer();
      case MARKDOWN -> new MarkdownRenderer();
      case MERMAID -> new MermaidRenderer();
      case JSON -> new JsonRenderer();
    };
  }
}
