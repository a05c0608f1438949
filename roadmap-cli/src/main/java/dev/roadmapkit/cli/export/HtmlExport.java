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
 * The roadmap with progress as one HTML page without external files (no CDN, works offline): the
 * sections as a graph laid out by learning order and coloured by progress ({@link RoadmapGraph}), a
 * progress bar overall, and per section its topics (with their resources) and exercises with their
 * state, opened by a click on its node. Served by {@code ./roadmap serve}, the page also follows
 * the progress file live (server-sent events from {@code /events}); written by {@code export
 * --format html}, it is the same page as one static file.
 */
public final class HtmlExport {

  private static final String STYLE =
      "body{font-family:system-ui,sans-serif;max-width:80rem;margin:2rem auto;padding:0 1rem;"
          + "line-height:1.45}progress{width:12rem;vertical-align:middle}"
          + "details{margin:.4rem 0}summary{cursor:pointer}.done{color:#176f2c}"
          + ".failing{color:#a4161a}.muted{color:#666}li{margin:.15rem 0}"
          + "#graph-box{overflow-x:auto;border:1px solid #e5e7eb;border-radius:10px;padding:.5rem}"
          + ".node-link{cursor:pointer}.node-link:hover rect{stroke-width:2.5}"
          + "details.section>summary{font-size:1.25rem;font-weight:600}"
          + "details.section[open]{border-left:4px solid #9ca3af;padding-left:.8rem}"
          + ".legend span{display:inline-block;width:.9rem;height:.9rem;border-radius:3px;"
          + "vertical-align:middle;margin:0 .3rem 0 .8rem;border:1px solid #374151}";

  /** Opens the section a node links to; on the served page, follows progress as it changes. */
  private static final String OPEN_SCRIPT =
      "function openFromHash(){var id=decodeURIComponent(location.hash.slice(1));"
          + "var d=id&&document.getElementById(id);if(d&&d.tagName==='DETAILS'){d.open=true;}}"
          + "window.addEventListener('hashchange',openFromHash);openFromHash();";

  private static final String LIVE_SCRIPT =
      "if(window.EventSource){var source=new EventSource('/events');"
          + "source.addEventListener('progress',function(){fetch('/',{cache:'no-store'})"
          + ".then(function(r){return r.text();}).then(function(text){"
          + "var next=new DOMParser().parseFromString(text,'text/html');"
          + "var open=[].map.call(document.querySelectorAll('details[open]'),"
          + "function(d){return d.id;});"
          + "document.getElementById('page').replaceWith(next.getElementById('page'));"
          + "open.forEach(function(id){var d=id&&document.getElementById(id);if(d){d.open=true;}});"
          + "document.body.setAttribute('data-updates',"
          + "String(Number(document.body.getAttribute('data-updates')||'0')+1));});});}";

  private HtmlExport() {}

  /**
   * Renders the page as one static file.
   *
   * @param curriculum the roadmap and its exercises
   * @param progress the learner's progress
   * @return the HTML document
   */
  public static String render(Curriculum curriculum, Progress progress) {
    return render(curriculum, progress, false);
  }

  /**
   * Renders the page.
   *
   * @param curriculum the roadmap and its exercises
   * @param progress the learner's progress
   * @param live whether the page is served and follows the progress through {@code /events}
   * @return the HTML document
   */
  public static String render(Curriculum curriculum, Progress progress, boolean live) {
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
        .append("</style>\n</head>\n<body>\n<div id=\"page\">\n<h1>")
        .append(title)
        .append("</h1>\n<p>Overall ")
        .append(bar(report.overall()))
        .append("</p>\n<p class=\"legend muted\">Click a section to open it.")
        .append("<span style=\"background:")
        .append(RoadmapGraph.UNTOUCHED)
        .append("\"></span>not started<span style=\"background:")
        .append(RoadmapGraph.BEGUN)
        .append("\"></span>begun<span style=\"background:")
        .append(RoadmapGraph.COMPLETE)
        .append("\"></span>complete.")
        .append(live ? " The page follows your progress as you work." : "")
        .append("</p>\n<div id=\"graph-box\">\n")
        .append(RoadmapGraph.svg(report.sections()))
        .append("</div>\n");
    int number = 0;
    for (SectionProgress entry : report.sections()) {
      number++;
      section(html, number, entry, curriculum, resolved);
    }
    html.append("</div>\n<script>").append(OPEN_SCRIPT);
    if (live) {
      html.append(LIVE_SCRIPT);
    }
    return html.append("</script>\n</body>\n</html>\n").toString();
  }

  private static void section(
      StringBuilder html,
      int number,
      SectionProgress entry,
      Curriculum curriculum,
      Progress progress) {
    Section section = entry.section();
    html.append("<details class=\"section\" id=\"section-")
        .append(escape(section.id().value()))
        .append("\">\n<summary>")
        .append(number)
        .append(". ")
        .append(escape(section.title()))
        .append("</summary>\n<p>")
        .append(bar(entry.completion()))
        .append("</p>\n<p>")
        .append(escape(section.summary()))
        .append("</p>\n<p class=\"source\">From ")
        .append(escape(section.source().label()))
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
    html.append("</details>\n");
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
