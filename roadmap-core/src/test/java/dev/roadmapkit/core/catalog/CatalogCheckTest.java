package dev.roadmapkit.core.catalog;

import static dev.roadmapkit.core.SampleRoadmap.exercise;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmapkit.core.SampleRoadmap;
import dev.roadmapkit.core.model.Exercise;
import dev.roadmapkit.core.model.ExerciseId;
import dev.roadmapkit.core.model.Roadmap;
import dev.roadmapkit.core.model.Section;
import dev.roadmapkit.core.model.SectionId;
import dev.roadmapkit.core.model.SectionSource;
import dev.roadmapkit.core.model.Topic;
import dev.roadmapkit.core.model.TopicId;
import dev.roadmapkit.core.validation.Problem;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The catalog check")
class CatalogCheckTest {

  private final Roadmap roadmap = SampleRoadmap.roadmap();

  @Test
  @DisplayName("finds nothing wrong with a consistent catalog")
  void acceptsAConsistentCatalog() {
    assertThat(CatalogCheck.check(roadmap, SampleRoadmap.dataModule())).as("problems").isEmpty();
  }

  @Test
  @DisplayName("accepts topic and section aliases")
  void acceptsAliases() {
    ModuleCatalog catalog =
        new ModuleCatalog(
            "data",
            SectionId.of("storage"),
            "Data",
            List.of(exercise("data/select-rows", "structured-query-language")));
    assertThat(CatalogCheck.check(roadmap, catalog)).as("problems").isEmpty();
  }

  @Test
  @DisplayName("names the exercise for each defect a well-formed file can still have")
  void reportsEachDefect() {
    Exercise good = exercise("data/select-rows", "sql");
    Exercise bad =
        new Exercise(
            ExerciseId.of("data/join-tables"),
            "Join tables",
            good.kind(),
            good.difficulty(),
            0,
            -3,
            List.of(TopicId.of("sql"), TopicId.of("nosql")),
            List.of("../secrets.txt", "/etc/passwd", "src/main/java/Ok.java"),
            List.of(
                "dev.roadmapkit.data.selectrows.JoinTest",
                "dev.roadmapkit.data.jointables.JoinTest",
                "JoinTest",
                "dev.roadmapkit.data.jointables.class.JoinTest"),
            List.of("Only one hint."));
    Exercise untested =
        new Exercise(
            ExerciseId.of("other/no-tests"),
            " ",
            good.kind(),
            good.difficulty(),
            5,
            5,
            List.of(),
            List.of(),
            List.of(),
            List.of("A hint.", " "));
    ModuleCatalog catalog =
        new ModuleCatalog(
            "data", SectionId.of("database"), "Data", List.of(good, bad, untested, good));

    assertThat(CatalogCheck.check(roadmap, catalog))
        .as("problems of a flawed catalog")
        .containsExactly(
            new Problem(
                "module data", "section 'database' is not the id or alias of any roadmap section"),
            new Problem(
                "data/join-tables", "topic 'nosql' is not the id or alias of any roadmap topic"),
            new Problem(
                "data/join-tables",
                "has 1 hint(s); give at least 2, from a gentle nudge to one that nearly gives the"
                    + " answer away"),
            new Problem("data/join-tables", "points must be positive, got 0"),
            new Problem("data/join-tables", "minutes must be positive, got -3"),
            new Problem(
                "data/join-tables",
                "test class 'dev.roadmapkit.data.selectrows.JoinTest' is not in the exercise's"
                    + " package 'dev.roadmapkit.data.jointables'"),
            new Problem(
                "data/join-tables", "test 'JoinTest' is not a fully qualified Java class name"),
            new Problem(
                "data/join-tables",
                "test 'dev.roadmapkit.data.jointables.class.JoinTest' is not a fully qualified Java"
                    + " class name"),
            new Problem(
                "data/join-tables",
                "file '../secrets.txt' must be a path relative to the module directory that stays"
                    + " inside it"),
            new Problem(
                "data/join-tables",
                "file '/etc/passwd' must be a path relative to the module directory that stays"
                    + " inside it"),
            new Problem(
                "other/no-tests",
                "the id belongs to module 'other', but it is listed in module 'data'"),
            new Problem("other/no-tests", "the title is blank"),
            new Problem("other/no-tests", "practises no topic; list at least one roadmap topic id"),
            new Problem("other/no-tests", "hint 2 is blank"),
            new Problem("other/no-tests", "has no tests; list at least one test class"),
            new Problem(
                "data/select-rows",
                "the id is used by more than one exercise; exercise ids must be unique"));
  }

  @Test
  @DisplayName("reports an exercise whose package cannot be a Java package")
  void reportsInvalidPackages() {
    Exercise exercise = exercise("data/2fa", "sql");
    ModuleCatalog catalog =
        new ModuleCatalog("data", SectionId.of("data"), "Data", List.of(exercise));
    assertThat(CatalogCheck.check(roadmap, catalog))
        .as("problems of data/2fa")
        .first()
        .isEqualTo(
            new Problem(
                "data/2fa",
                "its package 'dev.roadmapkit.data.2fa' is not a valid Java package name; choose"
                    + " module and exercise names that start with a letter and are not Java"
                    + " keywords"));
  }

  @Test
  @DisplayName("over all modules, also finds sections without a module and topics no one practises")
  void checksTheWholeSet() {
    List<Problem> problems =
        CatalogCheck.checkAll(
            roadmap,
            List.of(
                SampleRoadmap.dataModule(),
                SampleRoadmap.basicsModule(),
                SampleRoadmap.dataModule()));

    assertThat(problems)
        .as("problems of the whole set")
        .contains(
            new Problem(
                "module data",
                "more than one catalog names this module; module names must be unique"),
            new Problem(
                "section speed",
                "no exercise module practises this section; add a module whose section is 'speed'"),
            new Problem(
                "topic dns",
                "no exercise practises this topic; list it in some exercise's topics, or mark it"
                    + " 'reading-only' in the roadmap with the reason"),
            new Problem(
                "topic caching",
                "no exercise practises this topic; list it in some exercise's topics, or mark it"
                    + " 'reading-only' in the roadmap with the reason"))
        .noneMatch(problem -> problem.where().equals("topic http"))
        .noneMatch(problem -> problem.where().equals("section data"));
  }

  @Test
  @DisplayName("counts a reading-only topic as covered, and refuses one that is also practised")
  void readingOnlyTopics() {
    Roadmap marked =
        new Roadmap(
            "Marked",
            List.of(
                new Section(
                    SectionId.of("basics"),
                    "Basics",
                    "The first things.",
                    List.of(
                        readingOnly(SampleRoadmap.topic("http", "HTTP")),
                        readingOnly(SampleRoadmap.topic("dns", "DNS"))),
                    List.of(),
                    List.of(),
                    SectionSource.BLOG)));

    List<Problem> problems = CatalogCheck.checkAll(marked, List.of(SampleRoadmap.basicsModule()));

    assertThat(problems)
        .as("problems when http is reading-only and also practised, and dns only reading-only")
        .containsExactly(
            new Problem(
                "topic http",
                "the roadmap marks this topic reading-only, yet an exercise practises it; remove"
                    + " its 'reading-only' reason from the roadmap"));
  }

  private static Topic readingOnly(Topic topic) {
    return new Topic(
        topic.id(),
        topic.title(),
        topic.summary(),
        topic.resources(),
        topic.aliases(),
        Optional.of("A habit, not code."));
  }
}
