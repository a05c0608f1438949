package dev.roadmapkit.core.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roadmapkit.core.SampleRoadmap;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The progress store")
class ProgressStoreTest {

  @TempDir Path directory;

  private Path file() {
    return directory.resolve(".roadmap/progress.json");
  }

  private final Progress progress =
      Progress.empty()
          .withTopic(TopicId.of("http"), TopicStatus.DONE)
          .withTopic(TopicId.of("dns"), TopicStatus.LEARNING)
          .withExercise(
              ExerciseId.of("caching/lru-cache"), new ExerciseProgress(ExerciseStatus.PASSING, 2))
          .withExerciseStatus(ExerciseId.of("apis/rest-resource"), ExerciseStatus.FAILING);

  @Test
  @DisplayName("reads no progress when the file does not exist yet")
  void startsEmpty() throws IOException {
    assertThat(new ProgressStore(file()).load()).as("progress").isEqualTo(Progress.empty());
  }

  @Test
  @DisplayName("reads back what it wrote, as sorted, stable JSON")
  void roundTrips() throws IOException {
    ProgressStore store = new ProgressStore(file());
    store.save(progress);

    assertThat(store.load()).as("progress read back").isEqualTo(progress);
    assertThat(Files.readString(file()))
        .as("the file's content")
        .isEqualTo(
            """
            {
              "version" : 1,
              "topics" : {
                "dns" : "learning",
                "http" : "done"
              },
              "exercises" : {
                "apis/rest-resource" : {
                  "status" : "failing",
                  "hintsShown" : 0
                },
                "caching/lru-cache" : {
                  "status" : "passing",
                  "hintsShown" : 2
                }
              }
            }
            """);
  }

  @Test
  @DisplayName("replaces the file in one move and leaves no temporary file behind")
  void writesAtomically() throws IOException {
    ProgressStore store = new ProgressStore(file());
    store.save(Progress.empty());
    store.save(progress);

    try (Stream<Path> files = Files.list(file().getParent())) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .as("files next to the progress file")
          .containsExactly("progress.json");
    }
    assertThat(store.load()).as("the latest progress").isEqualTo(progress);
  }

  @Test
  @DisplayName("keeps ids the roadmap does not know, and moves aliased ones to the current id")
  void keepsUnknownIdsAndResolvesAliases() throws IOException {
    write(
        """
        {"version": 1,
         "topics": {"structured-query-language": "done", "retired-topic": "skipped"},
         "exercises": {"gone/old-exercise": {"status": "passing"}}}
        """);
    ProgressStore store = new ProgressStore(file());

    Progress loaded = store.load(SampleRoadmap.roadmap());

    assertThat(loaded.topicStatus(TopicId.of("sql")))
        .as("sql, stored under its alias")
        .contains(TopicStatus.DONE);
    assertThat(loaded.topicStatus(TopicId.of("retired-topic")))
        .as("an unknown topic")
        .contains(TopicStatus.SKIPPED);
    assertThat(loaded.exerciseStatus(ExerciseId.of("gone/old-exercise")))
        .as("an unknown exercise")
        .isEqualTo(ExerciseStatus.PASSING);

    store.save(loaded);
    assertThat(store.load().topics())
        .as("topics after saving: the alias is now the current id, unknown ids survive")
        .containsOnlyKeys(TopicId.of("sql"), TopicId.of("retired-topic"));
  }

  @ParameterizedTest(name = "{0}")
  @DisplayName("refuses a corrupt file with the reason, and never overwrites it")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          not JSON          | {"version": 1,                                  | it is not valid JSON
          empty             | ''                                              | it is empty
          a list            | []                                              | its top level must be a JSON object
          no version        | {"topics": {}}                                  | it has no whole-number 'version' field
          a newer version   | {"version": 2}                                  | its format version is 2, but this version of the kit reads version 1; update the kit
          a bad topic id    | {"version": 1, "topics": {"Bad Id": "done"}}    | 'topics' has a key that is not an id: topic id must be a slug
          a bad status      | {"version": 1, "topics": {"http": "finished"}}  | topic 'http' has status "finished"; expected "done", "learning" or "skipped"
          a bad exercise id | {"version": 1, "exercises": {"lru": {"status": "passing"}}} | 'exercises' has a key that is not an id: exercise id must be
          a bad hint count  | {"version": 1, "exercises": {"a/b": {"status": "failing", "hintsShown": -1}}} | exercise 'a/b' has hintsShown -1; expected a whole number, 0 or more
          trailing content  | {"version": 1} {"version": 1}                   | it is not valid JSON
          """)
  void refusesCorruptFiles(String defect, String content, String reason) throws IOException {
    write(content);
    ProgressStore store = new ProgressStore(file());

    assertThatThrownBy(store::load)
        .as("loading a progress file that is %s", defect)
        .isInstanceOf(ProgressFormatException.class)
        .hasMessageStartingWith("the progress file " + file() + " is corrupt: " + reason)
        .satisfies(e -> assertThat(((ProgressFormatException) e).file()).isEqualTo(file()));
    assertThatThrownBy(() -> store.save(progress))
        .as("saving over a corrupt file")
        .isInstanceOf(ProgressFormatException.class);
    assertThat(Files.readString(file()))
        .as("the corrupt file is left exactly as it was")
        .isEqualTo(content);
  }

  @Test
  @DisplayName("sets a corrupt file aside under a new name, so that saving can start afresh")
  void setsCorruptFilesAside() throws IOException {
    ProgressStore store = new ProgressStore(file());
    write("garbage");
    Path first = store.setAside();
    write("more garbage");
    Path second = store.setAside();

    assertThat(first.getFileName()).as("first set-aside name").hasToString("progress.json.corrupt");
    assertThat(second.getFileName())
        .as("second set-aside name")
        .hasToString("progress.json.corrupt-2");
    assertThat(Files.readString(second)).as("content set aside").isEqualTo("more garbage");
    store.save(progress);
    assertThat(store.load()).as("progress after starting afresh").isEqualTo(progress);
  }

  private void write(String content) throws IOException {
    Files.createDirectories(file().getParent());
    Files.writeString(file(), content, StandardCharsets.UTF_8);
  }
}
