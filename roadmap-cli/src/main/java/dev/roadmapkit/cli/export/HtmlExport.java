package dev.roadmapkit.cli.export;

import dev.roadmapkit.core.model.Exercise;
import dev.roadmapkit.core.model.Progress;
import dev.roadmapkit.core.model.Resource;
import dev.roadmapkit.core.model.Section;
import dev.roadmapkit.core.model.Topic;
import dev.roadmapkit.core.model.TopicStatus;
import dev.roadmapkit.core.progress.Completion;
import dev.roadmapkit.core.progress.ProgressReport;
import dev.roadmapkit.core.progress.SectionProgress;
import dev.roadmapkit.core.query.Curriculum;
import java.util.List;
import java.util.Objects;

/**
 * The roadmap with progress as one HTML page without external files: a progress bar overall and per
 * section, each section's topics (with their resources) and exercises, in learning order.
 */
public final class HtmlExport {

  private static final String STYLE =
      "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;"
          + "line-height:1.45}progress{width:12rem;vertical-align:middle}"
          + "details{margin:.4rem 0}summary{cursor:pointer}.done{color:#176f2c}"
          + ".failing{color:#a4161a}.muted{color:#666}li{margin:.15rem 0}";

  private HtmlExport() {}

  /**
   * Renders the page.
   *
   * @param curriculum the roadmap and its exercises
   * @param progress the learner's progress
   * @return the HTML document
   */
  public static String render(Curriculum curriculum, Progress progress) {
    Objects.requireNonNull(curriculum, "curriculum must not be null");
    Objects.requireNonNull(progress, "progress must not be null");
    Progress resolved = progress.resolveAliases(curriculum.roadmap());
    ProgressReport report = ProgressReport.of(curriculum, resolved);
    String title = escape(curriculum.roadmap().title());
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>")
        .append(title)
        .append("</title>\n<style>")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n<h1>")
        .append(title)
        .append("</h1>\n<p>Overall ")
        .append(bar(report.overall()))
        .append("</p>\n");
    int number = 0;
    for (SectionProgress entry : report.sections()) {
      number++;
      section(html, number, entry, curriculum, resolved);
    }
    return html.append("</body>\n</html>\n").toString();
  }

  private static void section(
      StringBuilder html,
      int number,
      SectionProgress entry,
      Curriculum curriculum,
      Progress progress) {
    Section section = entry.section();
    html.append("<section id=\"")
        .append(escape(section.id().value()))
        .append("\">\n<h2>")
        .append(number)
        .append(". ")
        .append(escape(section.title()))
        .append("</h2>\n<p>")
        .append(bar(entry.completion()))
        .append("</p>\n<p>")
        .append(escape(section.summary()))
        .append("</p>\n<ul>\n");
    for (Topic topic : section.topics()) {
      String status = progress.topicStatus(topic.id()).map(TopicStatus::key).orElse("not marked");
      boolean complete =
          progress.topicStatus(topic.id()).map(TopicStatus::isComplete).orElse(false);
      html.append("<li><details><summary")
          .append(complete ? " class=\"done\"" : "")
          .append(">")
          .append(escape(topic.title()))
          .append(" <span class=\"muted\">(")
          .append(escape(status))
          .append(")</span></summary>\n<p>")
          .append(escape(topic.summary()))
          .append("</p>\n");
      topic
          .readingOnly()
          .ifPresent(
              reason ->
                  html.append("<p class=\"muted\">Reading only: ")
                      .append(escape(reason))
                      .append("</p>\n"));
      html.append("<ul>\n");
      for (Resource resource : topic.resources()) {
        html.append("<li><a href=\"")
            .append(escape(resource.url().toString()))
            .append("\">")
            .append(escape(resource.title()))
            .append("</a> <span class=\"muted\">(")
            .append(escape(resource.kind().label()))
            .append(")</span></li>\n");
      }
      html.append("</ul>\n</details></li>\n");
    }
    html.append("</ul>\n");
    List<Exercise> exercises = curriculum.exercisesOf(section.id());
    if (!exercises.isEmpty()) {
      html.append("<h3>Exercises</h3>\n<ul>\n");
      for (Exercise exercise : exercises) {
        String status = progress.exerciseStatus(exercise.id()).key();
        html.append("<li class=\"")
            .append(
                status.equals("passing") ? "done" : status.equals("failing") ? "failing" : "muted")
            .append("\"><code>")
            .append(escape(exercise.id().toString()))
            .append("</code> ")
            .append(escape(exercise.title()))
            .append(" (")
            .append(escape(status))
            .append(")</li>\n");
      }
      html.append("</ul>\n");
    }
    html.append("</section>\n");
  }

  private static String bar(Completion completion) {
    return "<progress max=\"100\" value=\""
        + completion.percent()
        + "\"></progress> "
        + completion.describe();
  }

  /**
   * Escapes text for HTML content and attribute values.
   *
   * @param text plain text
   * @return the escaped text
   */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
