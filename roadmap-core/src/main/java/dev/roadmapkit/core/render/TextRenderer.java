package dev.roadmapkit.core.render;

import dev.roadmapkit.core.model.Progress;
import dev.roadmapkit.core.model.SectionSource;
import dev.roadmapkit.core.model.Topic;
import dev.roadmapkit.core.model.TopicStatus;
import dev.roadmapkit.core.progress.Completion;
import dev.roadmapkit.core.progress.ProgressReport;
import dev.roadmapkit.core.progress.SectionProgress;
import dev.roadmapkit.core.query.Curriculum;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Renders the roadmap as a plain text tree for the terminal: each section in learning order with a
 * progress bar, and its topics with markers: {@code [x]} done, {@code [~]} learning, {@code [-]}
 * skipped, {@code [ ]} not marked.
 *
 * <pre>
 * Backend Developer Roadmap
 *
 * Overall   [####----------------]  20%  1/3 topics, 0/2 exercises
 *
 * Internet  [######--------------]  33%  1/2 topics, 0/1 exercises
 *   [x] HTTP
 *   [~] DNS
 *
 * Caching   [--------------------]   0%  0/1 topics, 0/1 exercises
 *   [ ] Caching Strategies
 *
 * [x] done  [~] learning  [-] skipped  [ ] not marked
 * </pre>
 */
public final class TextRenderer implements RoadmapRenderer {

  /** The number of cells in a progress bar. */
  public static final int BAR_WIDTH = 20;

  /** Creates the renderer. */
  public TextRenderer() {}

  @Override
  public String render(Curriculum curriculum, Progress progress) {
    Objects.requireNonNull(curriculum, "curriculum must not be null");
    Objects.requireNonNull(progress, "progress must not be null");
    Progress resolved = progress.resolveAliases(curriculum.roadmap());
    ProgressReport report = ProgressReport.of(curriculum, resolved);
    int width = "Overall".length();
    for (SectionProgress section : report.sections()) {
      width = Math.max(width, section.section().title().length());
    }
    StringBuilder text = new StringBuilder();
    text.append(curriculum.roadmap().title()).append("\n\n");
    text.append(line("Overall", width, report.overall()));
    boolean sourcesDiffer =
        report.sections().stream().map(s -> s.section().source()).distinct().count() > 1;
    SectionSource previous = null;
    for (SectionProgress section : report.sections()) {
      SectionSource source = section.section().source();
      if (sourcesDiffer && source != previous) {
        text.append("\nFrom ").append(source.label()).append(":");
        previous = source;
      }
      text.append("\n").append(line(section.section().title(), width, section.completion()));
      for (Topic topic : section.section().topics()) {
        text.append("  ")
            .append(marker(resolved.topicStatus(topic.id())))
            .append(" ")
            .append(topic.title())
            .append("\n");
      }
    }
    text.append("\n[x] done  [~] learning  [-] skipped  [ ] not marked\n");
    return text.toString();
  }

  /**
   * Returns a progress bar of {@link #BAR_WIDTH} cells, such as {@code [#####---------------]}; a
   * cell is filled only when its whole share is complete.
   *
   * @param completion the completion
   * @return the bar
   */
  public static String bar(Completion completion) {
    Objects.requireNonNull(completion, "completion must not be null");
    int filled =
        completion.total() == 0
            ? 0
            : (int) ((long) BAR_WIDTH * completion.completed() / completion.total());
    return "[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "]";
  }

  /** Returns {@code [x]}, {@code [~]}, {@code [-]} or, for an unmarked topic, {@code [ ]}. */
  private static String marker(Optional<TopicStatus> status) {
    return status
        .map(
            value ->
                switch (value) {
                  case DONE -> "[x]";
                  case LEARNING -> "[~]";
                  case SKIPPED -> "[-]";
                })
        .orElse("[ ]");
  }

  private static String line(String title, int width, Completion completion) {
    return String.format(
        Locale.ROOT,
        "%-" + width + "s  %s %3d%%  %d/%d topics, %d/%d exercises\n",
        title,
        bar(completion),
        completion.percent(),
        completion.completedTopics(),
        completion.topics(),
        completion.passingExercises(),
        completion.exercises());
  }
}
