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
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

@Label("The catalog writer, over generated catalogs")
class CatalogWriterPropertyTest {

  @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
  @Label("what it writes, the loader reads back unchanged")
  void roundTrip(@ForAll("catalogs") ModuleCatalog catalog) throws IOException {
    String text = CatalogWriter.write(catalog);

    assertThat(CatalogLoader.load(new StringReader(text), "written")).isEqualTo(catalog);
  }

  @Provide
  Arbitrary<ModuleCatalog> catalogs() {
    Arbitrary<String> text =
        Arbitraries.strings()
            .withChars("abc XYZ:#-'\"\\{}[]|>&*!%@`,?=\t\né")
            .ofMinLength(1)
            .ofMaxLength(30)
            .filter(s -> !s.isBlank())
            .map(String::strip)
            .filter(s -> !s.isEmpty());
    Arbitrary<String> slug =
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8);
    Arbitrary<Exercise> exercise =
        Combinators.combine(
                slug,
                text,
                Arbitraries.of(ExerciseKind.class),
                Arbitraries.of(Difficulty.class),
                Arbitraries.integers().between(1, 100),
                text.list().ofMaxSize(2),
                text.list().ofMinSize(1).ofMaxSize(2),
                text.list().ofMaxSize(3))
            .as(
                (name, title, kind, difficulty, points, files, tests, hints) ->
                    new Exercise(
                        new ExerciseId("m", name),
                        title,
                        kind,
                        difficulty,
                        points,
                        points + 5,
                        List.of(TopicId.of("sql")),
                        files,
                        tests,
                        hints));
    return exercise
        .list()
        .ofMaxSize(3)
        .uniqueElements(e -> e.id())
        .flatMap(
            exercises ->
                text.map(
                    title -> new ModuleCatalog("m", SectionId.of("databases"), title, exercises)));
  }
}
