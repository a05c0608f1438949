package dev.roadmapkit.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmapkit.core.SampleRoadmap;
import dev.roadmapkit.core.catalog.ModuleCatalog;
import dev.roadmapkit.core.model.Exercise;
import dev.roadmapkit.core.model.ExerciseId;
import dev.roadmapkit.core.model.ExerciseStatus;
import dev.roadmapkit.core.model.Progress;
import dev.roadmapkit.core.model.SectionId;
import dev.roadmapkit.core.model.Topic;
import dev.roadmapkit.core.model.TopicId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A curriculum")
class CurriculumTest {

  private final ModuleCatalog stray =
      new ModuleCatalog(
          "stray",
          SectionId.of("unknown"),
          "Stray",
          List.of(SampleRoadmap.exercise("stray/lost", "http")));

  /** Modules given out of learning order, with one whose section is unknown first. */
  private final Curriculum curriculum =
      Curriculum.of(
          SampleRoadmap.roadmap(),
          List.of(stray, SampleRoadmap.dataModule(), SampleRoadmap.basicsModule()));

  @Test
  @DisplayName("orders modules by their section's learning order, unknown sections last")
  void ordersModules() {
    assertThat(curriculum.modules())
        .as("modules in learner order")
        .extracting(ModuleCatalog::module)
        .containsExactly("basics", "data", "stray");
    assertThat(ids(curriculum.exercises()))
        .as("exercises in learner order")
        .containsExactly(
            "basics/parse-request", "data/select-rows", "data/join-tables", "stray/lost");
  }

  @Test
  @DisplayName("finds the exercises practising a topic, whatever id the topic is named by")
  void findsExercisesForATopic() {
    assertThat(ids(curriculum.exercisesPractising(TopicId.of("http"))))
        .as("exercises practising http")
        .containsExactly("basics/parse-request", "stray/lost");
    assertThat(ids(curriculum.exercisesPractising(TopicId.of("structured-query-language"))))
        .as("exercises practising sql, asked by its alias")
        .containsExactly("data/select-rows", "data/join-tables");
    assertThat(curriculum.exercisesPractising(TopicId.of("nothing")))
        .as("exercises practising an unknown topic")
        .isEmpty();
  }

  @Test
  @DisplayName("counts an exercise that names a topic by its alias as practising it")
  void aliasesInCatalogsCount() {
    Curriculum aliased =
        Curriculum.of(
            SampleRoadmap.roadmap(),
            List.of(
                new ModuleCatalog(
                    "data",
                    SectionId.of("data"),
                    "Data",
                    List.of(
                        SampleRoadmap.exercise("data/old-name", "structured-query-language")))));
    assertThat(ids(aliased.exercisesPractising(TopicId.of("sql"))))
        .as("exercises practising sql")
        .containsExactly("data/old-name");
  }

  @Test
  @DisplayName("lists the topics no exercise practises, in learning order")
  void findsUncoveredTopics() {
    assertThat(curriculum.uncoveredTopics())
        .as("topics without exercises")
        .extracting(Topic::id)
        .containsExactly(TopicId.of("dns"), TopicId.of("caching"));
  }

  @Test
  @DisplayName("groups exercises by section, resolving section aliases")
  void groupsBySection() {
    assertThat(ids(curriculum.exercisesOf(SectionId.of("storage"))))
        .as("exercises of data, asked by its alias")
        .containsExactly("data/select-rows", "data/join-tables");
    assertThat(curriculum.exercisesOf(SectionId.of("speed"))).as("exercises of speed").isEmpty();
    assertThat(curriculum.module("stray")).as("module by name").contains(stray);
    assertThat(curriculum.exercise(ExerciseId.of("data/join-tables")).map(Exercise::title))
        .as("exercise by id")
        .contains("Exercise join-tables");
  }

  @Test
  @DisplayName("suggests the first exercise in learner order that does not pass yet")
  void findsTheNextExercise() {
    Progress progress =
        Progress.empty()
            .withExerciseStatus(ExerciseId.of("basics/parse-request"), ExerciseStatus.PASSING)
            .withExerciseStatus(ExerciseId.of("data/select-rows"), ExerciseStatus.FAILING);
    assertThat(curriculum.nextExercise(progress).map(e -> e.id().toString()))
        .as("next exercise")
        .contains("data/select-rows");
    Progress allDone = Progress.empty();
    for (Exercise exercise : curriculum.exercises()) {
      allDone = allDone.withExerciseStatus(exercise.id(), ExerciseStatus.PASSING);
    }
    assertThat(curriculum.nextExercise(allDone)).as("next exercise when all pass").isEmpty();
  }

  private static List<String> ids(List<Exercise> exercises) {
    return exercises.stream().map(e -> e.id().toString()).toList();
  }
}
