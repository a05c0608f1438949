package dev.roadmapkit.core;

import dev.roadmapkit.core.catalog.ModuleCatalog;
import dev.roadmapkit.core.model.Difficulty;
import dev.roadmapkit.core.model.Exercise;
import dev.roadmapkit.core.model.ExerciseId;
import dev.roadmapkit.core.model.ExerciseKind;
import dev.roadmapkit.core.model.Resource;
import dev.roadmapkit.core.model.ResourceKind;
import dev.roadmapkit.core.model.Roadmap;
import dev.roadmapkit.core.model.Section;
import dev.roadmapkit.core.model.SectionId;
import dev.roadmapkit.core.model.SectionSource;
import dev.roadmapkit.core.model.Topic;
import dev.roadmapkit.core.model.TopicId;
import java.util.Arrays;
import java.util.List;

/** A small roadmap and catalog that tests build on, and shorthands for building others. */
public final class SampleRoadmap {

  private SampleRoadmap() {}

  /**
   * Three sections: basics (http, dns), data (sql, with alias "structured-query-language"; the
   * section has alias "storage") requiring basics, and speed (caching) requiring data and basics.
   */
  public static Roadmap roadmap() {
    return new Roadmap(
        "Tiny Roadmap",
        List.of(
            new Section(
                SectionId.of("basics"),
                "Basics",
                "The first things.",
                List.of(topic("http", "HTTP"), topic("dns", "DNS")),
                List.of(),
                List.of(),
                SectionSource.BLOG),
            new Section(
                SectionId.of("data"),
                "Data",
                "Storing things.",
                List.of(
                    new Topic(
                        TopicId.of("sql"),
                        "SQL",
                        "Querying tables.",
                        List.of(
                            Resource.of(
                                "PostgreSQL: The SQL Language",
                                "https://www.postgresql.org/docs/current/sql.html",
                                ResourceKind.OFFICIAL)),
                        List.of(TopicId.of("structured-query-language")))),
                List.of(SectionId.of("basics")),
                List.of(SectionId.of("storage")),
                SectionSource.BLOG),
            new Section(
                SectionId.of("speed"),
                "Speed",
                "Making things fast.",
                List.of(topic("caching", "Caching")),
                List.of(SectionId.of("data"), SectionId.of("basics")),
                List.of(),
                SectionSource.ROADMAP_SH)));
  }

  /** Module "data" practising section "data": data/select-rows (sql) and data/join-tables (sql). */
  public static ModuleCatalog dataModule() {
    return new ModuleCatalog(
        "data",
        SectionId.of("data"),
        "Data",
        List.of(exercise("data/select-rows", "sql"), exercise("data/join-tables", "sql")));
  }

  /** Module "basics" practising section "basics": basics/parse-request (http). */
  public static ModuleCatalog basicsModule() {
    return new ModuleCatalog(
        "basics",
        SectionId.of("basics"),
        "Basics",
        List.of(exercise("basics/parse-request", "http")));
  }

  /** A topic with a one-sentence summary and one RFC resource. */
  public static Topic topic(String id, String title) {
    return new Topic(
        TopicId.of(id),
        title,
        title + " explained.",
        List.of(
            Resource.of("RFC 9110", "https://www.rfc-editor.org/rfc/rfc9110", ResourceKind.RFC)),
        List.of());
  }

  /** A section with one topic named after it and the given prerequisites. */
  public static Section section(String id, String... prerequisites) {
    return new Section(
        SectionId.of(id),
        "Section " + id,
        "About " + id + ".",
        List.of(topic(id + "-topic", "Topic of " + id)),
        Arrays.stream(prerequisites).map(SectionId::of).toList(),
        List.of(),
        SectionSource.BLOG);
  }

  /** A well-formed exercise: 10 points, 30 minutes, two hints, a test in its package. */
  public static Exercise exercise(String id, String... topics) {
    ExerciseId exerciseId = ExerciseId.of(id);
    String pkg =
        "dev.roadmapkit."
            + exerciseId.module().replace("-", "")
            + "."
            + exerciseId.name().replace("-", "");
    return new Exercise(
        exerciseId,
        "Exercise " + exerciseId.name(),
        ExerciseKind.IMPLEMENT,
        Difficulty.EASY,
        10,
        30,
        Arrays.stream(topics).map(TopicId::of).toList(),
        List.of("src/main/java/" + pkg.replace('.', '/') + "/Solution.java"),
        List.of(pkg + ".SolutionTest"),
        List.of("Start small.", "Here is nearly the answer."));
  }
}
