package dev.roadmapkit.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmapkit.core.model.Difficulty;
import dev.roadmapkit.core.model.Exercise;
import dev.roadmapkit.core.model.ExerciseId;
import dev.roadmapkit.core.model.ExerciseKind;
import dev.roadmapkit.core.model.SectionId;
import dev.roadmapkit.core.model.TopicId;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The catalog writer")
class CatalogWriterTest {

  @Test
  @DisplayName("writes the fields in the documented order and leaves out empty files and hints")
  void layout() {
    ModuleCatalog catalog =
        new ModuleCatalog(
            "caching",
            SectionId.of("caching"),
            "Caching",
            List.of(
                exercise(
                    "lru-cache",
                    "An O(1) LRU cache",
                    List.of("src/main/java/A.java"),
                    List.of("Use both: a map and a list.")),
                exercise("ttl", "Expiry: on a clock", List.of(), List.of())));

    String text = CatalogWriter.write(catalog);

    assertThat(text)
        .startsWith("module: caching\nsection: caching\ntitle: Caching\nexercises:\n")
        .contains("  - id: lru-cache\n    title: An O(1) LRU cache\n    kind: implement\n")
        .contains("    points: 10\n    minutes: 30\n")
        .contains("    hints:\n      - \"Use both: a map and a list.\"\n");
    String ttl = text.substring(text.indexOf("- id: ttl"));
    assertThat(ttl).doesNotContain("files:").doesNotContain("hints:");
  }

  @Test
  @DisplayName("round-trips every catalog of the kit's exercise modules")
  void kitCatalogs() throws IOException {
    Path exercises = Path.of("..", "exercises");
    List<ModuleCatalog> catalogs = CatalogLoader.loadAll(exercises);
    assertThat(catalogs).as("catalogs under %s", exercises.toAbsolutePath()).isNotEmpty();

    for (ModuleCatalog catalog : catalogs) {
      String text = CatalogWriter.write(catalog);
      assertThat(CatalogLoader.load(new StringReader(text), catalog.module()))
          .as("catalog of %s", catalog.module())
          .isEqualTo(catalog);
    }
    assertThat(Files.isDirectory(exercises)).isTrue();
  }

  private static Exercise exercise(
      String name, String title, List<String> files, List<String> hints) {
    return new Exercise(
        new ExerciseId("caching", name),
        title,
        ExerciseKind.IMPLEMENT,
        Difficulty.MEDIUM,
        10,
        30,
        List.of(TopicId.of("caching-strategies")),
        files,
        List.of("dev.roadmapkit.caching.lrucache.LruCacheTest"),
        hints);
  }
}
