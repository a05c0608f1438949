package dev.roadmapkit.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmapkit.core.SampleRoadmap;
import dev.roadmapkit.core.model.ExerciseId;
import dev.roadmapkit.core.model.ExerciseStatus;
import dev.roadmapkit.core.model.Progress;
import dev.roadmapkit.core.model.TopicId;
import dev.roadmapkit.core.model.TopicStatus;
import dev.roadmapkit.core.query.Curriculum;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The renderers")
class RenderersTest {

  private final Curriculum curriculum =
      Curriculum.of(
          SampleRoadmap.roadmap(),
          List.of(SampleRoadmap.dataModule(), SampleRoadmap.basicsModule()));

  private final Progress progress =
      Progress.empty()
          .withTopic(TopicId.of("http"), TopicStatus.DONE)
          .withTopic(TopicId.of("dns"), TopicStatus.LEARNING)
          .withTopic(TopicId.of("structured-query-language"), TopicStatus.SKIPPED)
          .withExerciseStatus(ExerciseId.of("data/select-rows"), ExerciseStatus.PASSING)
          .withHintShown(ExerciseId.of("data/join-tables"));

  @Test
  @DisplayName("draw a text tree with a progress bar per section and a marker per topic")
  void text() {
    assertThat(new TextRenderer().render(curriculum, progress))
        .as("text rendering")
        .isEqualTo(
            """
            Tiny Roadmap

            Overall  [########------------]  42%  2/4 topics, 1/3 exercises

            From the blog roadmap:
            Basics   [######--------------]  33%  1/2 topics, 0/1 exercises
              [x] HTTP
              [~] DNS

            Data     [#############-------]  66%  1/1 topics, 1/2 exercises
              [-] SQL

            From roadmap.sh:
            Speed    [--------------------]   0%  0/1 topics, 0/0 exercises
              [ ] Caching

            [x] done  [~] learning  [-] skipped  [ ] not marked
            """);
  }

  @Test
  @DisplayName("draw the sections and prerequisites as a Mermaid graph")
  void mermaid() {
    assertThat(new MermaidRenderer().render(curriculum, progress))
        .as("Mermaid rendering")
        .isEqualTo(
            """
            graph TD
              s_basics["Basics (33%)"]
              s_data["Data (66%)"]
              s_speed["Speed (0%)"]
              s_basics --> s_data
              s_data --> s_speed
              s_basics --> s_speed
            """);
  }

  @Test
  @DisplayName("write Markdown with the graph, a heading per section and a task list of topics")
  void markdown() {
    assertThat(new MarkdownRenderer().render(curriculum, progress))
        .as("Markdown rendering")
        .isEqualTo(
            """
            # Tiny Roadmap

            Overall progress: 42% (2/4 topics, 1/3 exercises)

            ```mermaid
            graph TD
              s_basics["Basics (33%)"]
              s_data["Data (66%)"]
              s_speed["Speed (0%)"]
              s_basics --> s_data
              s_data --> s_speed
              s_basics --> s_speed
            ```

            ## 1. Basics

            Progress: 33% (1/2 topics, 0/1 exercises)\\
            Requires: nothing, start here\\
            From: the blog roadmap

            The first things.

            - [x] **HTTP**: HTTP explained.
              - [RFC 9110](https://www.rfc-editor.org/rfc/rfc9110) (RFC)
              - Exercises: `basics/parse-request`
            - [ ] **DNS** _(learning)_: DNS explained.
              - [RFC 9110](https://www.rfc-editor.org/rfc/rfc9110) (RFC)

            ## 2. Data

            Progress: 66% (1/1 topics, 1/2 exercises)\\
            Requires: Basics\\
            From: the blog roadmap

            Storing things.

            - [x] **SQL** _(skipped)_: Querying tables.
              - [PostgreSQL: The SQL Language](https://www.postgresql.org/docs/current/sql.html) (official)
              - Exercises: `data/select-rows`, `data/join-tables`

            ## 3. Speed

            Progress: 0% (0/1 topics, 0/0 exercises)\\
            Requires: Data, Basics\\
            From: roadmap.sh

            Making things fast.

            - [ ] **Caching**: Caching explained.
              - [RFC 9110](https://www.rfc-editor.org/rfc/rfc9110) (RFC)
            """);
  }

  @Test
  @DisplayName("write JSON with every section, topic, resource and exercise")
  void json() {
    assertThat(new JsonRenderer().render(curriculum, progress))
        .as("JSON rendering")
        .isEqualTo(
            """
            {
              "title" : "Tiny Roadmap",
              "progress" : {
                "percent" : 42,
                "topics" : 4,
                "completedTopics" : 2,
                "exercises" : 3,
                "passingExercises" : 1
              },
              "sections" : [
                {
                  "id" : "basics",
                  "title" : "Basics",
                  "summary" : "The first things.",
                  "source" : "blog",
                  "prerequisites" : [ ],
                  "aliases" : [ ],
                  "progress" : {
                    "percent" : 33,
                    "topics" : 2,
                    "completedTopics" : 1,
                    "exercises" : 1,
                    "passingExercises" : 0
                  },
                  "topics" : [
                    {
                      "id" : "http",
                      "title" : "HTTP",
                      "summary" : "HTTP explained.",
                      "aliases" : [ ],
                      "status" : "done",
                      "resources" : [
                        {
                          "title" : "RFC 9110",
                          "url" : "https://www.rfc-editor.org/rfc/rfc9110",
                          "kind" : "rfc"
                        }
                      ],
                      "exercises" : [
                        "basics/parse-request"
                      ]
                    },
                    {
                      "id" : "dns",
                      "title" : "DNS",
                      "summary" : "DNS explained.",
                      "aliases" : [ ],
                      "status" : "learning",
                      "resources" : [
                        {
                          "title" : "RFC 9110",
                          "url" : "https://www.rfc-editor.org/rfc/rfc9110",
                          "kind" : "rfc"
                        }
                      ],
                      "exercises" : [ ]
                    }
                  ],
                  "exercises" : [
                    {
                      "id" : "basics/parse-request",
                      "title" : "Exercise parse-request",
                      "kind" : "implement",
                      "difficulty" : "easy",
                      "points" : 10,
                      "minutes" : 30,
                      "status" : "not-started",
                      "hintsShown" : 0
                    }
                  ]
                },
                {
                  "id" : "data",
                  "title" : "Data",
                  "summary" : "Storing things.",
                  "source" : "blog",
                  "prerequisites" : [
                    "basics"
                  ],
                  "aliases" : [
                    "storage"
                  ],
                  "progress" : {
                    "percent" : 66,
                    "topics" : 1,
                    "completedTopics" : 1,
                    "exercises" : 2,
                    "passingExercises" : 1
                  },
                  "topics" : [
                    {
                      "id" : "sql",
                      "title" : "SQL",
                      "summary" : "Querying tables.",
                      "aliases" : [
                        "structured-query-language"
                      ],
                      "status" : "skipped",
                      "resources" : [
                        {
                          "title" : "PostgreSQL: The SQL Language",
                          "url" : "https://www.postgresql.org/docs/current/sql.html",
                          "kind" : "official"
                        }
                      ],
                      "exercises" : [
                        "data/select-rows",
                        "data/join-tables"
                      ]
                    }
                  ],
                  "exercises" : [
                    {
                      "id" : "data/select-rows",
                      "title" : "Exercise select-rows",
                      "kind" : "implement",
                      "difficulty" : "easy",
                      "points" : 10,
                      "minutes" : 30,
                      "status" : "passing",
                      "hintsShown" : 0
                    },
                    {
                      "id" : "data/join-tables",
                      "title" : "Exercise join-tables",
                      "kind" : "implement",
                      "difficulty" : "easy",
                      "points" : 10,
                      "minutes" : 30,
                      "status" : "not-started",
                      "hintsShown" : 1
                    }
                  ]
                },
                {
                  "id" : "speed",
                  "title" : "Speed",
                  "summary" : "Making things fast.",
                  "source" : "roadmap.sh",
                  "prerequisites" : [
                    "data",
                    "basics"
                  ],
                  "aliases" : [ ],
                  "progress" : {
                    "percent" : 0,
                    "topics" : 1,
                    "completedTopics" : 0,
                    "exercises" : 0,
                    "passingExercises" : 0
                  },
                  "topics" : [
                    {
                      "id" : "caching",
                      "title" : "Caching",
                      "summary" : "Caching explained.",
                      "aliases" : [ ],
                      "status" : "not-marked",
                      "resources" : [
                        {
                          "title" : "RFC 9110",
                          "url" : "https://www.rfc-editor.org/rfc/rfc9110",
                          "kind" : "rfc"
                        }
                      ],
                      "exercises" : [ ]
                    }
                  ],
                  "exercises" : [ ]
                }
              ]
            }
            """);
  }

  @Test
  @DisplayName("give the same bytes for the same input, for every format")
  void areDeterministic() {
    for (RenderFormat format : RenderFormat.values()) {
      RoadmapRenderer renderer = RoadmapRenderer.of(format);
      String first = renderer.render(curriculum, progress);
      Curriculum again =
          Curriculum.of(
              SampleRoadmap.roadmap(),
              List.of(SampleRoadmap.dataModule(), SampleRoadmap.basicsModule()));
      assertThat(RoadmapRenderer.of(format).render(again, progress))
          .as("second %s rendering", format)
          .isEqualTo(first)
          .doesNotContain("\r");
    }
  }

  @Test
  @DisplayName("find formats by the names users type")
  void formatsByName() {
    assertThat(RenderFormat.fromKey("Markdown"))
        .as("format 'Markdown'")
        .contains(RenderFormat.MARKDOWN);
    assertThat(RenderFormat.fromKey("html")).as("format 'html'").isEmpty();
  }

  @Test
  @DisplayName("escape Markdown formatting characters in content")
  void escapesMarkdown() {
    assertThat(MarkdownRenderer.escape("a_b *c* [d] <e> `f` #g |h| \\i"))
        .as("escaped text")
        .isEqualTo("a\\_b \\*c\\* \\[d\\] \\<e\\> \\`f\\` \\#g \\|h\\| \\\\i");
  }
}
