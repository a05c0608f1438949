package dev.roadmapkit.core.render;

import dev.roadmapkit.core.model.Exercise;
import dev.roadmapkit.core.model.Progress;
import dev.roadmapkit.core.model.Resource;
import dev.roadmapkit.core.model.Roadmap;
import dev.roadmapkit.core.model.Section;
import dev.roadmapkit.core.model.Topic;
import dev.roadmapkit.core.model.TopicStatus;
import dev.roadmapkit.core.progress.ProgressReport;
import dev.roadmapkit.core.progress.SectionProgress;
import dev.roadmapkit.core.query.Curriculum;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Renders the roadmap as Markdown: a title, overall progress, a Mermaid diagram of the sections
 * (see {@link MermaidRenderer}), then one heading per section in learning order with its progress,
 * prerequisites, summary, and a task list of its topics with their resources and exercises. Done
 * and skipped topics are checked ({@code - [x]}); skipped and learning topics say so.
 */
public final class MarkdownRenderer implements RoadmapRenderer {

  /** Creates the renderer. */
  public MarkdownRenderer() {}

  @Override
  public String render(Curriculum curriculum, Progress progress) {
    Objects.requireNonNull(curriculum, "curriculum must not be null");
    Objects.requireNonNull(progress, "progress must not be null");
    Roadmap roadmap = curriculum.roadmap();
    Progress resolved = progress.resolveAliases(roadmap);
    ProgressReport report = ProgressReport.of(curriculum, resolved);
    StringBuilder text = new StringBuilder();
    text.append("# ").append(escape(roadmap.title())).append("\n\n");
    text.append("Overall progress: ").append(report.overall().describe()).append("\n\n");
    text.append("```mermaid\n")
        .append(new MermaidRenderer().render(curriculum, resolved))
        .append("```\n");
    int number = 0;
    for (SectionProgress entry : report.sections()) {
      Section section = entry.section();
      number++;
      text.append("\n## ").append(number).append(". ").append(escape(section.title()));
      text.append("\n\nProgress: ").append(entry.completion().describe()).append("\\\n");
      text.append("Requires: ").append(prerequisites(roadmap, section)).append("\\\n");
      text.append("From: ").append(section.source().label()).append("\n\n");
      text.append(escape(section.summary())).append("\n\n");
      for (Topic topic : section.topics()) {
        topic(text, topic, resolved.topicStatus(topic.id()), curriculum);
      }
    }
    return text.toString();
  }

  private static void topic(
      StringBuilder text, Topic topic, Optional<TopicStatus> status, Curriculum curriculum) {
    boolean checked = status.map(TopicStatus::isComplete).orElse(false);
    text.append(checked ? "- [x] " : "- [ ] ").append("**").append(escape(topic.title()));
    text.append("**");
    status
        .filter(value -> value != TopicStatus.DONE)
        .ifPresent(value -> text.append(" _(").append(value.key()).append(")_"));
    text.append(": ").append(escape(topic.summary())).append("\n");
    for (Resource resource : topic.resources()) {
      text.append("  - [")
          .append(escape(resource.title()))
          .append("](")
          .append(resource.url().toASCIIString().replace("(", "%28").replace(")", "%29"))
          .append(") (")
          .append(resource.kind().label())
          .append(")\n");
    }
    topic
        .readingOnly()
        .ifPresent(reason -> text.append("  - Reading only: ").append(escape(reason)).append("\n"));
    List<Exercise> exercises = curriculum.exercisesPractising(topic.id());
    if (!exercises.isEmpty()) {
      text.append("  - Exercises: ")
          .append(
              exercises.stream()
                  .map(exercise -> "`" + exercise.id() + "`")
                  .collect(Collectors.joining(", ")))
          .append("\n");
    }
  }

  private static String prerequisites(Roadmap roadmap, Section section) {
    List<String> titles =
        section.prerequisites().stream()
            .map(roadmap::section)
            .flatMap(Optional::stream)
            .map(required -> escape(required.title()))
            .toList();
    return titles.isEmpty() ? "nothing, start here" : String.join(", ", titles);
  }

  /** Escapes the characters Markdown would otherwise read as formatting. */
  static String escape(String plain) {
    StringBuilder escaped = new StringBuilder(plain.length());
    for (char c : plain.toCharArray()) {
      if ("\\`*_[]<>#|".indexOf(c) >= 0) {
        escaped.append('\\');
      }
      escaped.append(c);
    }
    return escaped.toString();
  }
}
