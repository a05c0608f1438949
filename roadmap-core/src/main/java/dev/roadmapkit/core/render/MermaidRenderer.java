package dev.roadmapkit.core.render;

import dev.roadmapkit.core.model.Progress;
import dev.roadmapkit.core.model.Roadmap;
import dev.roadmapkit.core.model.Section;
import dev.roadmapkit.core.model.SectionId;
import dev.roadmapkit.core.progress.ProgressReport;
import dev.roadmapkit.core.progress.SectionProgress;
import dev.roadmapkit.core.query.Curriculum;
import java.util.Objects;

/**
 * Renders the sections and their prerequisites as a Mermaid {@code graph TD}: one node per section
 * in learning order, labelled with its title and completion, and an arrow from each prerequisite to
 * the section that requires it.
 *
 * <pre>
 * graph TD
 *   s_internet["Internet (25%)"]
 *   s_frontend_basics["Basic Frontend Knowledge (0%)"]
 *   s_internet --> s_frontend_basics
 * </pre>
 *
 * <p>Node ids are the section ids with {@code s_} in front and hyphens as underscores, so no id can
 * collide with a Mermaid keyword such as {@code end}.
 */
public final class MermaidRenderer implements RoadmapRenderer {

  /** Creates the renderer. */
  public MermaidRenderer() {}

  @Override
  public String render(Curriculum curriculum, Progress progress) {
    Objects.requireNonNull(curriculum, "curriculum must not be null");
    Objects.requireNonNull(progress, "progress must not be null");
    ProgressReport report = ProgressReport.of(curriculum, progress);
    Roadmap roadmap = curriculum.roadmap();
    StringBuilder text = new StringBuilder("graph TD\n");
    for (SectionProgress entry : report.sections()) {
      text.append("  ")
          .append(nodeId(entry.section().id()))
          .append("[\"")
          .append(label(entry.section().title()))
          .append(" (")
          .append(entry.completion().percent())
          .append("%)\"]\n");
    }
    for (Section section : curriculum.learningOrder()) {
      for (SectionId prerequisite : section.prerequisites()) {
        roadmap
            .section(prerequisite)
            .ifPresent(
                required ->
                    text.append("  ")
                        .append(nodeId(required.id()))
                        .append(" --> ")
                        .append(nodeId(section.id()))
                        .append("\n"));
      }
    }
    return text.toString();
  }

  static String nodeId(SectionId id) {
    return "s_" + id.value().replace('-', '_');
  }

  private static String label(String title) {
    return title.replace("\"", "#quot;");
  }
}
