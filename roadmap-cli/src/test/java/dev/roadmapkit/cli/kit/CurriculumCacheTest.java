package dev.roadmapkit.cli.kit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmapkit.core.query.Curriculum;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The curriculum and its cache")
class CurriculumCacheTest {

  private static final String CATALOG =
      """
      module: demo
      section: caching
      title: Demo
      exercises:
        - id: one
          title: "One: the first, with a long title"
          kind: fix
          difficulty: hard
          points: 4
          minutes: 9
          topics: [caching-strategies]
          files: [src/main/java/dev/roadmapkit/demo/one/One.java]
          tests: [dev.roadmapkit.demo.one.OneTest]
          hints: [first, "second: with a colon"]
      """;

  @Test
  @DisplayName("a second read from the cache gives the same roadmap and catalogs")
  void sameContent(@TempDir Path dir) throws Exception {
    write(dir, CATALOG);

    Curriculum parsed = Kit.at(dir).curriculum();
    Curriculum cached = Kit.at(dir).curriculum();

    assertThat(dir.resolve(".roadmap/cache/curriculum.bin")).exists();
    assertThat(cached.roadmap()).isEqualTo(parsed.roadmap());
    assertThat(cached.modules()).isEqualTo(parsed.modules());
  }

  @Test
  @DisplayName("a changed exercises.yaml is read again, not taken from the cache")
  void changedCatalog(@TempDir Path dir) throws Exception {
    Path catalog = write(dir, CATALOG);
    Kit.at(dir).curriculum();
    Files.writeString(catalog, CATALOG.replace("points: 4", "points: 7"));
    Files.setLastModifiedTime(catalog, FileTime.fromMillis(System.currentTimeMillis() + 5_000));

    Curriculum curriculum = Kit.at(dir).curriculum();

    assertThat(curriculum.exercises().get(0).points()).isEqualTo(7);
  }

  @Test
  @DisplayName("a damaged cache is ignored")
  void damaged(@TempDir Path dir) throws Exception {
    write(dir, CATALOG);
    Kit.at(dir).curriculum();
    Files.writeString(dir.resolve(".roadmap/cache/curriculum.bin"), "garbage");

    assertThat(Kit.at(dir).curriculum().exercises()).hasSize(1);
  }

  private static Path write(Path dir, String catalog) throws Exception {
    Path module = Files.createDirectories(dir.resolve("exercises/demo"));
    return Files.writeString(module.resolve("exercises.yaml"), catalog);
  }
}
