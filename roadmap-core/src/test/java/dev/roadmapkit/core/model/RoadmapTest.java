package dev.roadmapkit.core.model;

import static dev.roadmapkit.core.SampleRoadmap.section;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roadmapkit.core.SampleRoadmap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A roadmap")
class RoadmapTest {

  private final Roadmap roadmap = SampleRoadmap.roadmap();

  @Test
  @DisplayName("finds sections and topics by id and by alias")
  void resolvesAliases() {
    assertThat(roadmap.section(SectionId.of("storage")).map(Section::id))
        .as("section by alias 'storage'")
        .contains(SectionId.of("data"));
    assertThat(roadmap.topic(TopicId.of("structured-query-language")).map(Topic::id))
        .as("topic by alias")
        .contains(TopicId.of("sql"));
    assertThat(roadmap.topic(TopicId.of("graphql"))).as("unknown topic").isEmpty();
    assertThat(roadmap.sectionOf(TopicId.of("dns")).map(Section::id))
        .as("section of dns")
        .contains(SectionId.of("basics"));
  }

  @Test
  @DisplayName("lists a section's topics, and refuses an unknown section by name")
  void listsTopicsOfASection() {
    assertThat(roadmap.topicsOf(SectionId.of("basics")))
        .as("topics of basics")
        .extracting(t -> t.id().value())
        .containsExactly("http", "dns");
    assertThatThrownBy(() -> roadmap.topicsOf(SectionId.of("nowhere")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no section has the id 'nowhere'");
  }

  @Test
  @DisplayName("orders sections after their prerequisites, ties broken by file order")
  void ordersSectionsForLearning() {
    Roadmap shuffled =
        new Roadmap(
            "R",
            List.of(
                section("deploy", "test", "build"),
                section("test", "build"),
                section("docs"),
                section("build"),
                section("lint", "build")));

    assertThat(shuffled.learningOrder())
        .as("learning order")
        .extracting(s -> s.id().value())
        .containsExactly("docs", "build", "test", "deploy", "lint");
  }

  @Test
  @DisplayName("ignores prerequisites that name no section when ordering")
  void ignoresDanglingPrerequisites() {
    Roadmap dangling = new Roadmap("R", List.of(section("b", "ghost"), section("a")));
    assertThat(dangling.learningOrder())
        .as("learning order")
        .extracting(s -> s.id().value())
        .containsExactly("b", "a");
  }

  @Test
  @DisplayName("refuses to order sections whose prerequisites form a cycle, naming them")
  void refusesCycles() {
    Roadmap cyclic = new Roadmap("R", List.of(section("a"), section("b", "c"), section("c", "b")));
    assertThatThrownBy(cyclic::learningOrder)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageEndingWith("form a cycle, so they have no learning order: b, c");
  }

  @Test
  @DisplayName("is immutable: later changes to the lists it was built from do not leak in")
  void copiesItsLists() {
    List<Section> sections = new ArrayList<>(List.of(section("a")));
    Roadmap copy = new Roadmap("R", sections);
    sections.add(section("b"));
    assertThat(copy.sections()).as("sections of the roadmap").hasSize(1);
    assertThatThrownBy(() -> copy.sections().add(section("c")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  @DisplayName("refuses blank titles and invalid resource URLs, naming them")
  void checksArguments() {
    assertThatThrownBy(() -> new Roadmap(" ", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("roadmap title must not be blank");
    assertThatThrownBy(() -> Resource.of("x", "mailto:someone@example.com", ResourceKind.ARTICLE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("'mailto:someone@example.com' is not a valid URL");
    assertThatThrownBy(() -> Resource.of("x", "https:///path", ResourceKind.ARTICLE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'https:///path' is not a valid URL: it has no host");
  }

  @Test
  @DisplayName("names an exercise's package after its id, without hyphens")
  void derivesExercisePackages() {
    assertThat(SampleRoadmap.exercise("caching/lru-cache", "caching").packageName())
        .as("package of caching/lru-cache")
        .isEqualTo("dev.roadmapkit.caching.lrucache");
    assertThat(SampleRoadmap.exercise("web-security/password-hashing", "tls").packageName())
        .as("package of web-security/password-hashing")
        .isEqualTo("dev.roadmapkit.websecurity.passwordhashing");
  }

  @Test
  @DisplayName("tells the learner's test sources from the code: files under src/test/")
  void tellsTestSources() {
    assertThat(Exercise.isTestSource("src/test/java/dev/roadmapkit/testing/a/ATest.java"))
        .as("a test class the learner writes")
        .isTrue();
    assertThat(Exercise.isTestSource("src\\test\\java\\ATest.java"))
        .as("the same with Windows separators")
        .isTrue();
    assertThat(Exercise.isTestSource("src/main/java/dev/roadmapkit/testing/a/A.java"))
        .as("code")
        .isFalse();
    assertThat(Exercise.isTestSource("src/main/resources/src/test/x.txt"))
        .as("a resource whose path merely contains src/test/")
        .isFalse();
  }
}
