package dev.roadmapkit.cli.export;

import dev.roadmapkit.core.model.Progress;
import dev.roadmapkit.core.query.Curriculum;
import dev.roadmapkit.core.render.RenderFormat;
import dev.roadmapkit.core.render.RoadmapRenderer;

/** The formats of {@code ./roadmap export}. */
public enum ExportFormat {
  /** Plain text: progress bars and topic marks. */
  TEXT,
  /** Markdown with a Mermaid diagram, for a README or a wiki. */
  MARKDOWN,
  /** A Mermaid graph of the sections and their prerequisites. */
  MERMAID,
  /** JSON, for tools. */
  JSON,
  /** One self-contained HTML page. */
  HTML;

  /**
   * Renders the roadmap with progress in this format.
   *
   * @param curriculum the roadmap and its exercises
   * @param progress the learner's progress
   * @return the text
   */
  public String render(Curriculum curriculum, Progress progress) {
    return switch (this) {
      case TEXT -> RoadmapRenderer.of(RenderFormat.TEXT).render(curriculum, progress);
      case MARKDOWN -> RoadmapRenderer.of(RenderFormat.MARKDOWN).render(curriculum, progress);
      case MERMAID -> RoadmapRenderer.of(RenderFormat.MERMAID).render(curriculum, progress);
      case JSON -> RoadmapRenderer.of(RenderFormat.JSON).render(curriculum, progress);
      case HTML -> HtmlExport.render(curriculum, progress);
    };
  }
}
