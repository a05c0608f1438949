package dev.roadmapkit.cli.export;

import dev.roadmapkit.core.model.Section;
import dev.roadmapkit.core.model.SectionId;
import dev.roadmapkit.core.progress.Completion;
import dev.roadmapkit.core.progress.SectionProgress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The roadmap's sections as a graph, drawn as SVG: one node per section, in columns by depth (a
 * section stands one column right of its deepest prerequisite) and, within a column, in learning
 * order; an arrow from each prerequisite to the section that needs it. A node is filled by the
 * section's progress (grey untouched, amber begun, green complete) and links to the section's
 * details on the page.
 */
final class RoadmapGraph {

  static final int NODE_WIDTH = 210;
  static final int NODE_HEIGHT = 58;
  private static final int COLUMN_GAP = 70;
  private static final int ROW_GAP = 22;
  private static final int MARGIN = 16;

  /** The fill of a node with no progress. */
  static final String UNTOUCHED = "#e5e7eb";

  /** The fill of a node with some progress. */
  static final String BEGUN = "#fcd34d";

  /** The fill of a node whose section is complete. */
  static final String COMPLETE = "#4ade80";

  private RoadmapGraph() {}

  /** Where a section's node is drawn. */
  private record Place(int x, int y) {}

  /**
   * Draws the graph.
   *
   * @param sections the sections in learning order, with their progress
   * @return an {@code <svg>} element
   */
  static String svg(List<SectionProgress> sections) {
    Map<SectionId, Integer> depth = new HashMap<>();
    for (SectionProgress entry : sections) {
      int d = 0;
      for (SectionId prerequisite : entry.section().prerequisites()) {
        d = Math.max(d, depth.getOrDefault(prerequisite, -1) + 1);
      }
      depth.put(entry.section().id(), d);
    }
    Map<Integer, Integer> rowsUsed = new HashMap<>();
    Map<SectionId, Place> places = new HashMap<>();
    int width = 0;
    int height = 0;
    for (SectionProgress entry : sections) {
      int column = depth.get(entry.section().id());
      int row = rowsUsed.merge(column, 1, Integer::sum) - 1;
      Place place =
          new Place(
              MARGIN + column * (NODE_WIDTH + COLUMN_GAP), MARGIN + row * (NODE_HEIGHT + ROW_GAP));
      places.put(entry.section().id(), place);
      width = Math.max(width, place.x() + NODE_WIDTH + MARGIN);
      height = Math.max(height, place.y() + NODE_HEIGHT + MARGIN);
    }
    StringBuilder svg = new StringBuilder();
    svg.append(
            String.format(
                Locale.ROOT,
                "<svg id=\"graph\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\""
                    + " width=\"%d\" height=\"%d\" style=\"max-width:100%%;height:auto\""
                    + " role=\"img\" aria-label=\"The roadmap's"
                    + " sections in learning order, coloured by progress\">%n",
                width,
                height,
                width,
                height))
        .append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\"")
        .append(" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">")
        .append("<path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#6b7280\"/></marker></defs>\n");
    for (SectionProgress entry : sections) {
      Place to = places.get(entry.section().id());
      for (SectionId prerequisite : entry.section().prerequisites()) {
        Place from = places.get(prerequisite);
        if (from == null) {
          continue;
        }
        int x1 = from.x() + NODE_WIDTH;
        int y1 = from.y() + NODE_HEIGHT / 2;
        int x2 = to.x();
        int y2 = to.y() + NODE_HEIGHT / 2;
        int bend = (x2 - x1) / 2;
        svg.append(
            String.format(
                Locale.ROOT,
                "<path class=\"edge\" d=\"M %d %d C %d %d, %d %d, %d %d\" fill=\"none\""
                    + " stroke=\"#9ca3af\" stroke-width=\"1.5\" marker-end=\"url(#arrow)\"/>%n",
                x1,
                y1,
                x1 + bend,
                y1,
                x2 - bend,
                y2,
                x2,
                y2));
      }
    }
    int number = 0;
    for (SectionProgress entry : sections) {
      number++;
      node(svg, number, entry, places.get(entry.section().id()));
    }
    return svg.append("</svg>\n").toString();
  }

  private static void node(StringBuilder svg, int number, SectionProgress entry, Place place) {
    Section section = entry.section();
    Completion completion = entry.completion();
    String id = HtmlExport.escape(section.id().value());
    svg.append("<a href=\"#section-")
        .append(id)
        .append("\" class=\"node-link\">")
        .append("<g class=\"node\" id=\"node-")
        .append(id)
        .append("\" data-section=\"")
        .append(id)
        .append("\" data-percent=\"")
        .append(completion.percent())
        .append("\">")
        .append("<title>")
        .append(HtmlExport.escape(section.title() + ": " + completion.describe()))
        .append("</title>")
        .append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"9\" fill=\"%s\""
                    + " stroke=\"#374151\" stroke-width=\"1\"/>",
                place.x(),
                place.y(),
                NODE_WIDTH,
                NODE_HEIGHT,
                fill(completion)))
        .append(
            String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" font-size=\"13\" font-weight=\"600\">%s</text>",
                place.x() + 10,
                place.y() + 22,
                HtmlExport.escape(shorten(number + ". " + section.title(), 30))))
        .append(
            String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"#374151\">%d%%  %s</text>",
                place.x() + 10,
                place.y() + 42,
                completion.percent(),
                HtmlExport.escape(summary(completion))))
        .append("</g></a>\n");
  }

  /**
   * The fill of a section's node.
   *
   * @param completion the section's progress
   * @return a CSS colour
   */
  static String fill(Completion completion) {
    if (completion.total() > 0 && completion.completed() == completion.total()) {
      return COMPLETE;
    }
    return completion.completed() > 0 ? BEGUN : UNTOUCHED;
  }

  private static String summary(Completion completion) {
    List<String> parts = new ArrayList<>();
    parts.add(completion.completedTopics() + "/" + completion.topics() + " topics");
    if (completion.exercises() > 0) {
      parts.add(completion.passingExercises() + "/" + completion.exercises() + " exercises");
    }
    return String.join(", ", parts);
  }

  private static String shorten(String text, int limit) {
    return text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
  }
}
