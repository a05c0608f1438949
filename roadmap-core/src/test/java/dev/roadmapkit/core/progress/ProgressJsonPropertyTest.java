package dev.roadmapkit.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmapkit.core.model.ExerciseId;
import dev.roadmapkit.core.model.ExerciseProgress;
import dev.roadmapkit.core.model.ExerciseStatus;
import dev.roadmapkit.core.model.Progress;
import dev.roadmapkit.core.model.TopicId;
import dev.roadmapkit.core.model.TopicStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

@Label("The progress file format")
class ProgressJsonPropertyTest {

  private static Path directory;

  @BeforeContainer
  static void createDirectory() throws IOException {
    directory = Files.createTempDirectory("progress-properties");
  }

  @AfterContainer
  static void deleteDirectory() throws IOException {
    Files.deleteIfExists(directory.resolve("progress.json"));
    Files.deleteIfExists(directory);
  }

  @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
  @Label("reads back any progress it writes")
  void roundTrips(@ForAll("progress") Progress progress) throws IOException {
    ProgressStore store = new ProgressStore(directory.resolve("progress.json"));
    store.save(progress);
    assertThat(store.load()).as("progress read back from %s", store.file()).isEqualTo(progress);
  }

  @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
  @Label("writes equal progress as equal bytes, whatever order it was built in")
  void isDeterministic(@ForAll("progress") Progress progress) {
    Progress rebuilt = Progress.empty();
    for (Map.Entry<TopicId, TopicStatus> entry : progress.topics().entrySet()) {
      rebuilt = rebuilt.withTopic(entry.getKey(), entry.getValue());
    }
    for (Map.Entry<ExerciseId, ExerciseProgress> entry : progress.exercises().entrySet()) {
      rebuilt = rebuilt.withExercise(entry.getKey(), entry.getValue());
    }
    assertThat(ProgressStore.toJson(rebuilt).getBytes(StandardCharsets.UTF_8))
        .as("bytes of the same progress built in another order")
        .isEqualTo(ProgressStore.toJson(progress).getBytes(StandardCharsets.UTF_8));
  }

  @Provide
  Arbitrary<Progress> progress() {
    Arbitrary<String> slugs =
        Arbitraries.strings()
            .withChars("abcxyz019")
            .ofMinLength(1)
            .ofMaxLength(6)
            .list()
            .ofMinSize(1)
            .ofMaxSize(3)
            .map(parts -> String.join("-", parts));
    Arbitrary<Map<TopicId, TopicStatus>> topics =
        Arbitraries.maps(slugs.map(TopicId::of), Arbitraries.of(TopicStatus.class)).ofMaxSize(8);
    Arbitrary<ExerciseProgress> states =
        Combinators.combine(
                Arbitraries.of(ExerciseStatus.class), Arbitraries.integers().between(0, 9))
            .as(ExerciseProgress::new);
    Arbitrary<Map<ExerciseId, ExerciseProgress>> exercises =
        Arbitraries.maps(Combinators.combine(slugs, slugs).as(ExerciseId::new), states)
            .ofMaxSize(8);
    return Combinators.combine(topics, exercises).as(Progress::new);
  }
}
