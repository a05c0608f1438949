package dev.roadmapkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roadmapkit.core.SampleRoadmap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A learner's progress")
class ProgressTest {

  private static final TopicId HTTP = TopicId.of("http");
  private static final ExerciseId LRU = ExerciseId.of("caching/lru-cache");

  @Test
  @DisplayName("starts empty: no topic marked, every exercise not started")
  void startsEmpty() {
    Progress progress = Progress.empty();
    assertThat(progress.topicStatus(HTTP)).as("status of an unmarked topic").isEmpty();
    assertThat(progress.exerciseStatus(LRU))
        .as("status of an untried exercise")
        .isEqualTo(ExerciseStatus.NOT_STARTED);
    assertThat(progress.exercise(LRU).hintsShown()).as("hints shown").isZero();
  }

  @Test
  @DisplayName("records marks, test outcomes and hints without changing the original")
  void recordsChanges() {
    Progress start = Progress.empty();
    Progress later =
        start
            .withTopic(HTTP, TopicStatus.LEARNING)
            .withHintShown(LRU)
            .withHintShown(LRU)
            .withExerciseStatus(LRU, ExerciseStatus.FAILING)
            .withTopic(HTTP, TopicStatus.DONE);

    assertThat(later.topicStatus(HTTP)).as("latest mark of http").contains(TopicStatus.DONE);
    assertThat(later.exercise(LRU))
        .as("state of the exercise: hints survive a test run")
        .isEqualTo(new ExerciseProgress(ExerciseStatus.FAILING, 2));
    assertThat(start).as("the original progress").isEqualTo(Progress.empty());
    assertThat(later.withoutTopic(HTTP).withoutExercise(LRU))
        .as("after unmarking and resetting")
        .isEqualTo(Progress.empty());
  }

  @Test
  @DisplayName("moves entries under an old alias to the current id, keeping unknown ids")
  void resolvesAliases() {
    Roadmap roadmap = SampleRoadmap.roadmap();
    Progress progress =
        new Progress(
            Map.of(
                TopicId.of("structured-query-language"),
                TopicStatus.DONE,
                TopicId.of("removed-topic"),
                TopicStatus.SKIPPED,
                HTTP,
                TopicStatus.LEARNING),
            Map.of(LRU, new ExerciseProgress(ExerciseStatus.PASSING, 1)));

    Progress resolved = progress.resolveAliases(roadmap);

    assertThat(resolved.topics())
        .as("topics keyed by current ids")
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                TopicId.of("http"), TopicStatus.LEARNING,
                TopicId.of("removed-topic"), TopicStatus.SKIPPED,
                TopicId.of("sql"), TopicStatus.DONE));
    assertThat(resolved.exercises()).as("exercises untouched").isEqualTo(progress.exercises());
  }

  @Test
  @DisplayName("prefers the entry under the current id when the old alias has one too")
  void currentIdWins() {
    Progress progress =
        Progress.empty()
            .withTopic(TopicId.of("structured-query-language"), TopicStatus.DONE)
            .withTopic(TopicId.of("sql"), TopicStatus.LEARNING);

    assertThat(progress.resolveAliases(SampleRoadmap.roadmap()).topics())
        .as("resolved topics")
        .containsExactlyEntriesOf(Map.of(TopicId.of("sql"), TopicStatus.LEARNING));
  }

  @Test
  @DisplayName("keeps its entries sorted by id and refuses a negative hint count")
  void sortedAndChecked() {
    Progress progress =
        Progress.empty()
            .withTopic(TopicId.of("zebra"), TopicStatus.DONE)
            .withTopic(TopicId.of("alpha"), TopicStatus.DONE);
    assertThat(progress.topics().keySet())
        .as("topic ids in iteration order")
        .containsExactly(TopicId.of("alpha"), TopicId.of("zebra"));
    assertThatThrownBy(() -> new ExerciseProgress(ExerciseStatus.FAILING, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("hints shown must be zero or more, got -1");
  }
}
