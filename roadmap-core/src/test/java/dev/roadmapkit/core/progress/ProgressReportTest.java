package dev.roadmapkit.core.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roadmapkit.core.SampleRoadmap;
import dev.roadmapkit.core.model.ExerciseId;
import dev.roadmapkit.core.model.ExerciseStatus;
import dev.roadmapkit.core.model.Progress;
import dev.roadmapkit.core.model.SectionId;
import dev.roadmapkit.core.model.TopicId;
import dev.roadmapkit.core.model.TopicStatus;
import dev.roadmapkit.core.query.Curriculum;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A progress report")
class ProgressReportTest {

  private final Curriculum curriculum =
      Curriculum.of(
          SampleRoadmap.roadmap(),
          List.of(SampleRoadmap.basicsModule(), SampleRoadmap.dataModule()));

  @Test
  @DisplayName("counts done and skipped topics and passing exercises, per section and overall")
  void countsCompletion() {
    Progress progress =
        Progress.empty()
            .withTopic(TopicId.of("http"), TopicStatus.DONE)
            .withTopic(TopicId.of("dns"), TopicStatus.LEARNING)
            .withTopic(TopicId.of("structured-query-language"), TopicStatus.SKIPPED)
            .withExerciseStatus(ExerciseId.of("data/select-rows"), ExerciseStatus.PASSING)
            .withExerciseStatus(ExerciseId.of("data/join-tables"), ExerciseStatus.FAILING)
            .withExerciseStatus(ExerciseId.of("stray/lost"), ExerciseStatus.PASSING);

    ProgressReport report = ProgressReport.of(curriculum, progress);

    assertThat(report.sections())
        .as("sections in learning order")
        .extracting(s -> s.section().id().value())
        .containsExactly("basics", "data", "speed");
    assertThat(report.section(SectionId.of("basics")).orElseThrow().completion())
        .as("basics: http done, dns only learning, its exercise not started")
        .isEqualTo(new Completion(2, 1, 1, 0));
    assertThat(report.section(SectionId.of("storage")).orElseThrow().completion())
        .as("data (asked by alias): sql skipped via its alias, one of two exercises passing")
        .isEqualTo(new Completion(1, 1, 2, 1));
    assertThat(report.overall())
        .as("overall: the sum of the sections; exercises of unknown modules count nowhere")
        .isEqualTo(new Completion(4, 2, 3, 1));
    assertThat(report.overall().percent()).as("overall percent, rounded down").isEqualTo(42);
  }

  @Test
  @DisplayName("reaches 100% only when everything is complete, and 0% when there is nothing")
  void percentages() {
    assertThat(new Completion(3, 3, 3, 2).percent()).as("5 of 6").isEqualTo(83);
    assertThat(new Completion(1, 1, 1000, 999).percent()).as("1000 of 1001").isEqualTo(99);
    assertThat(new Completion(2, 2, 1, 1).percent()).as("all").isEqualTo(100);
    assertThat(Completion.NONE.percent()).as("nothing to do").isZero();
    assertThatThrownBy(() -> new Completion(1, 2, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "completed counts cannot exceed totals, got 2 of 1 topics and 0 of 0 exercises");
  }

  @Test
  @DisplayName("describes a completion as its percentage and both counts")
  void describes() {
    assertThat(new Completion(5, 3, 5, 1).describe()).isEqualTo("40% (3/5 topics, 1/5 exercises)");
    assertThat(Completion.NONE.describe()).isEqualTo("0% (0/0 topics, 0/0 exercises)");
  }
}
