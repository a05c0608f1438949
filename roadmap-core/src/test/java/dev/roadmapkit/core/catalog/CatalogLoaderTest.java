package dev.roadmapkit.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roadmapkit.core.model.Difficulty;
import dev.roadmapkit.core.model.Exercise;
import dev.roadmapkit.core.model.ExerciseId;
import dev.roadmapkit.core.model.ExerciseKind;
import dev.roadmapkit.core.model.SectionId;
import dev.roadmapkit.core.model.TopicId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The catalog loader")
class CatalogLoaderTest {

  private static final String CACHING =
      """
      module: caching                 # directory name under exercises/, a slug
      section: caching                # the roadmap SectionId this module practises
      title: Caching
      exercises:                      # in the order a learner should do them
        - id: lru-cache               # slug; full ExerciseId is caching/lru-cache
          title: An O(1) LRU cache
          kind: implement             # implement | fix | write-tests
          difficulty: medium          # easy | medium | hard
          points: 10                  # positive integer
          minutes: 30                 # estimated minutes, positive
          topics: [caching-strategies, types-of-caching]
          files:
            - src/main/java/dev/roadmapkit/caching/lrucache/LruCache.java
          tests:
            - dev.roadmapkit.caching.lrucache.LruCacheTest
          hints:
            - Which structure gives O(1) lookup, and which O(1) reordering?
            - A HashMap pointing into a doubly linked list does both.
        - id: stampede-protection
          title: One load for a hundred misses
          kind: fix
          difficulty: hard
          points: 20
          minutes: 45
          topics: [caching-best-practices]
          tests: [dev.roadmapkit.caching.stampedeprotection.StampedeTest]
          hints: [Share the in-flight load., Use a ConcurrentHashMap of futures.]
      """;

  @TempDir Path exercises;

  @Test
  @DisplayName("reads a module's exercises.yaml in the documented format")
  void readsTheDocumentedFormat() throws IOException {
    ModuleCatalog catalog = CatalogLoader.load(module("caching", CACHING));

    assertThat(catalog.module()).as("module").isEqualTo("caching");
    assertThat(catalog.section()).as("section").isEqualTo(SectionId.of("caching"));
    assertThat(catalog.title()).as("title").isEqualTo("Caching");
    assertThat(catalog.exercises()).as("exercises in file order").hasSize(2);
    Exercise lru = catalog.exercises().get(0);
    assertThat(lru)
        .as("the first exercise, field by field")
        .isEqualTo(
            new Exercise(
                ExerciseId.of("caching/lru-cache"),
                "An O(1) LRU cache",
                ExerciseKind.IMPLEMENT,
                Difficulty.MEDIUM,
                10,
                30,
                List.of(TopicId.of("caching-strategies"), TopicId.of("types-of-caching")),
                List.of("src/main/java/dev/roadmapkit/caching/lrucache/LruCache.java"),
                List.of("dev.roadmapkit.caching.lrucache.LruCacheTest"),
                List.of(
                    "Which structure gives O(1) lookup, and which O(1) reordering?",
                    "A HashMap pointing into a doubly linked list does both.")));
    assertThat(lru.packageName()).as("package").isEqualTo("dev.roadmapkit.caching.lrucache");
    Exercise stampede = catalog.exercises().get(1);
    assertThat(stampede.kind()).as("kind of the second exercise").isEqualTo(ExerciseKind.FIX);
    assertThat(stampede.files()).as("files when the field is absent").isEmpty();
  }

  @Test
  @DisplayName("reads every module directory that has an exercises.yaml, sorted by name")
  void loadsAllModules() throws IOException {
    module("web-security", CACHING.replace("caching", "web-security"));
    module("caching", CACHING);
    Files.createDirectories(exercises.resolve("support/src"));
    Files.writeString(exercises.resolve("pom.xml"), "<project/>");

    assertThat(CatalogLoader.loadAll(exercises))
        .as("modules found under %s", exercises)
        .extracting(ModuleCatalog::module)
        .containsExactly("caching", "web-security");
  }

  @ParameterizedTest(name = "{0}")
  @DisplayName("names the file, the exercise and the defect for malformed catalogs")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          a missing field          | '    difficulty: medium          # easy | medium | hard\\n' | '' | exercises[0] (lru-cache): missing field 'difficulty'
          an unknown kind          | 'kind: fix'          | 'kind: refactor'     | exercises[1] (stampede-protection): unknown kind 'refactor'; use one of: implement, fix, write-tests
          an unknown difficulty    | 'difficulty: hard'   | 'difficulty: brutal' | exercises[1] (stampede-protection): unknown difficulty 'brutal'; use one of: easy, medium, hard
          an id that is no slug    | 'id: lru-cache'      | 'id: LRU Cache'      | exercises[0]: field 'id': exercise name must be a slug (lowercase letters and digits in groups joined by single hyphens, like 'web-security'), got 'LRU Cache'
          a section that is no slug | 'section: caching'  | 'section: Caching!'  | top level: field 'section': section id must be a slug (lowercase letters and digits in groups joined by single hyphens, like 'web-security'), got 'Caching!'
          a topic that is no slug  | '[caching-best-practices]' | '[Best Practices]' | exercises[1] (stampede-protection): field 'topics[0]': topic id must be a slug (lowercase letters and digits in groups joined by single hyphens, like 'web-security'), got 'Best Practices'
          a duplicate exercise id  | 'id: stampede-protection' | 'id: lru-cache' | exercises[1] (lru-cache): duplicate exercise id 'caching/lru-cache'; exercises[0] (lru-cache) already uses it, and ids must be unique
          zero points              | 'points: 20'         | 'points: 0'          | exercises[1] (stampede-protection): field 'points' must be positive, got 0
          negative minutes         | 'minutes: 45'        | 'minutes: -5'        | exercises[1] (stampede-protection): field 'minutes' must be positive, got -5
          points that are no number | 'points: 20'        | 'points: twenty'     | exercises[1] (stampede-protection): field 'points' must be a whole number, got 'twenty'
          fractional points        | 'points: 20'         | 'points: 2.5'        | exercises[1] (stampede-protection): field 'points' must be a whole number, got 2.5
          a misspelt field         | 'hints: [Share'      | 'hint: [Share'       | exercises[1] (stampede-protection): unknown field 'hint'; the fields here are: id, title, kind, difficulty, points, minutes, topics, files, tests, hints
          missing tests            | '    tests: [dev.roadmapkit.caching.stampedeprotection.StampedeTest]\\n' | '' | exercises[1] (stampede-protection): missing field 'tests'
          """)
  void reportsMalformedCatalogs(String defect, String find, String replace, String where)
      throws IOException {
    String yaml = CACHING.replace(find.replace("\\n", "\n"), replace);
    assertThat(yaml).as("the test's edit for %s applies", defect).isNotEqualTo(CACHING);
    Path dir = module("caching", yaml);

    assertThatThrownBy(() -> CatalogLoader.load(dir))
        .as("loading a catalog with %s", defect)
        .isInstanceOf(CatalogFormatException.class)
        .hasMessage(dir.resolve("exercises.yaml") + ": " + where);
  }

  @Test
  @DisplayName("reports a field of the wrong shape")
  void reportsWrongShapes() throws IOException {
    Path dir =
        module("caching", "module: caching\nsection: caching\ntitle: Caching\nexercises: none\n");
    assertThatThrownBy(() -> CatalogLoader.load(dir))
        .isInstanceOf(CatalogFormatException.class)
        .hasMessage(
            dir.resolve("exercises.yaml")
                + ": top level: field 'exercises' must be a list, got the value 'none'");
  }

  @Test
  @DisplayName("reports malformed YAML with its position")
  void reportsMalformedYaml() throws IOException {
    Path dir = module("caching", CACHING.replace("title: Caching", "title: [Caching"));
    assertThatThrownBy(() -> CatalogLoader.load(dir))
        .isInstanceOf(CatalogFormatException.class)
        .hasMessageStartingWith(dir.resolve("exercises.yaml") + ": line ")
        .hasMessageContaining("malformed YAML");
  }

  @Test
  @DisplayName("insists that the module field names the module's directory")
  void moduleMatchesDirectory() throws IOException {
    Path dir = module("cache", CACHING);
    assertThatThrownBy(() -> CatalogLoader.load(dir))
        .isInstanceOf(CatalogFormatException.class)
        .hasMessage(
            dir.resolve("exercises.yaml")
                + ": top level: field 'module' is 'caching' but the directory is 'cache'; they"
                + " must be the same");
  }

  @Test
  @DisplayName("reports a module directory without exercises.yaml")
  void reportsAMissingFile() throws IOException {
    Path dir = Files.createDirectories(exercises.resolve("empty"));
    assertThatThrownBy(() -> CatalogLoader.load(dir))
        .isInstanceOf(CatalogFormatException.class)
        .hasMessage(
            dir.resolve("exercises.yaml")
                + ": top level: the file does not exist; every exercise module needs one")
        .satisfies(
            e ->
                assertThat(((CatalogFormatException) e).source())
                    .isEqualTo(dir.resolve("exercises.yaml").toString()));
  }

  private Path module(String name, String yaml) throws IOException {
    Path dir = Files.createDirectories(exercises.resolve(name));
    Files.writeString(dir.resolve("exercises.yaml"), yaml, StandardCharsets.UTF_8);
    return dir;
  }
}
