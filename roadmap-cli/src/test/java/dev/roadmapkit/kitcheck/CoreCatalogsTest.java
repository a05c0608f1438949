package dev.roadmapkit.kitcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Catalog problems found by roadmap-core fail the kit check, naming the exercise")
class CoreCatalogsTest {

  @TempDir Path root;

  private static String catalog(String topics, String hints) {
    return "module: demo\n"
        + "section: programming\n"
        + "title: Demo\n"
        + "exercises:\n"
        + "  - id: adder\n"
        + "    title: Add two numbers\n"
        + "    kind: implement\n"
        + "    difficulty: easy\n"
        + "    points: 5\n"
        + "    minutes: 10\n"
        + "    topics: ["
        + topics
        + "]\n"
        + "    files:\n"
        + "      - src/main/java/dev/roadmapkit/demo/adder/Adder.java\n"
        + "    tests:\n"
        + "      - dev.roadmapkit.demo.adder.AdderTest\n"
        + "    hints:\n"
        + hints;
  }

  /** Every topic of the section programming that is not reading-only. */
  private static final String ALL_TOPICS =
      "core-programming-concepts, data-structures-and-algorithms, project-based-learning,"
          + " clean-code";

  private static final String TWO_HINTS = "      - Add them.\n      - Use the + operator.\n";

  private KitReport check(String yaml) throws IOException {
    return new KitCheck(new CoreCatalogs(), 80)
        .check(new FixtureKit(root).catalogYaml(yaml).write());
  }

  @Test
  @DisplayName("a sound catalog passes, and its topic counts as practised")
  void soundCatalog() throws IOException {
    KitReport report = check(catalog(ALL_TOPICS, TWO_HINTS));
    assertThat(report.findings()).isEmpty();
    assertThat(report.summaryLine())
        .contains("1 exercises")
        .contains("topics practised 4/110, reading-only 3;");
  }

  @Test
  @DisplayName(
      "a topic of the module's section that no exercise practises and the roadmap does not mark"
          + " reading-only is a finding naming the topic")
  void unpractisedTopic() throws IOException {
    KitReport report =
        check(
            catalog(
                "core-programming-concepts, data-structures-and-algorithms, clean-code",
                TWO_HINTS));
    assertThat(report.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.subject()).isEqualTo("demo");
              assertThat(f.invariant()).isEqualTo(Finding.Invariant.CATALOG);
              assertThat(f.message())
                  .startsWith("topic 'project-based-learning' of section 'programming'");
            });
    assertThat(report.sectionsWithoutModule())
        .as("the other sections are reported, not failed")
        .hasSize(20)
        .contains("internet (4 topics)", "ci-cd (4 topics)");
  }

  @Test
  @DisplayName("an exercise with one hint is a finding naming the exercise")
  void missingHint() throws IOException {
    KitReport report = check(catalog(ALL_TOPICS, "      - Add them.\n"));
    assertThat(report.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.subject()).isEqualTo("demo/adder");
              assertThat(f.invariant()).isEqualTo(Finding.Invariant.CATALOG);
              assertThat(f.message()).contains("hint");
            });
    assertThat(report.summaryLine()).contains("catalog 1 problem");
  }

  @Test
  @DisplayName("an unknown topic id is a finding naming the exercise and the id")
  void unknownTopic() throws IOException {
    KitReport report = check(catalog(ALL_TOPICS + ", quantum-caching", TWO_HINTS));
    assertThat(report.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.subject()).isEqualTo("demo/adder");
              assertThat(f.message()).contains("quantum-caching");
            });
  }

  @Test
  @DisplayName("a malformed exercises.yaml is a finding naming the module and the file")
  void malformedCatalog() throws IOException {
    KitReport report = check("module: demo\nexercises: [\n");
    assertThat(report.findings())
        .first()
        .satisfies(
            f -> {
              assertThat(f.subject()).isEqualTo("demo");
              assertThat(f.message()).contains("exercises.yaml");
            });
    assertThat(report.passed()).isFalse();
  }
}
