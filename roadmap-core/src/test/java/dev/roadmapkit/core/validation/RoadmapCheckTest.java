package dev.roadmapkit.core.validation;

import static dev.roadmapkit.core.SampleRoadmap.section;
import static dev.roadmapkit.core.SampleRoadmap.topic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

import dev.roadmapkit.core.SampleRoadmap;
import dev.roadmapkit.core.model.Roadmap;
import dev.roadmapkit.core.model.Section;
import dev.roadmapkit.core.model.SectionId;
import dev.roadmapkit.core.model.SectionSource;
import dev.roadmapkit.core.model.Topic;
import dev.roadmapkit.core.model.TopicId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The roadmap check")
class RoadmapCheckTest {

  @Test
  @DisplayName("finds nothing wrong with a consistent roadmap")
  void acceptsAConsistentRoadmap() {
    assertThat(RoadmapCheck.check(SampleRoadmap.roadmap())).as("problems").isEmpty();
    RoadmapCheck.validate(SampleRoadmap.roadmap());
  }

  @Test
  @DisplayName("finds duplicate section ids, and aliases that clash with ids")
  void findsDuplicateSectionIds() {
    Section aliased =
        new Section(
            SectionId.of("c"),
            "C",
            "About c.",
            List.of(topic("c-topic", "C")),
            List.of(),
            List.of(SectionId.of("a"), SectionId.of("c")),
            SectionSource.BLOG);
    Roadmap roadmap = new Roadmap("R", List.of(section("a"), section("b"), aliased, section("b")));

    assertThat(RoadmapCheck.check(roadmap))
        .as("problems with duplicate section ids")
        .containsExactly(
            new Problem(
                "sections[2] (c)",
                "section alias 'a' is already used by sections[0] (a); ids and aliases must be"
                    + " unique"),
            new Problem(
                "sections[2] (c)",
                "section alias 'c' is already used by this entry; ids and aliases must be unique"),
            new Problem(
                "sections[3] (b)",
                "section id 'b' is already used by sections[1] (b); ids and aliases must be"
                    + " unique"),
            new Problem(
                "sections[3].topics[0] (b-topic)",
                "topic id 'b-topic' is already used by sections[1].topics[0] (b-topic); ids and"
                    + " aliases must be unique"));
  }

  @Test
  @DisplayName("finds duplicate topic ids across sections, aliases included")
  void findsDuplicateTopicIds() {
    Section first =
        new Section(
            SectionId.of("a"),
            "A",
            "About a.",
            List.of(topic("http", "HTTP"), topic("dns", "DNS")),
            List.of(),
            List.of(),
            SectionSource.BLOG);
    Section second =
        new Section(
            SectionId.of("b"),
            "B",
            "About b.",
            List.of(
                new Topic(
                    TopicId.of("web"),
                    "Web",
                    "The web.",
                    topic("x", "X").resources(),
                    List.of(TopicId.of("http")))),
            List.of(),
            List.of(),
            SectionSource.BLOG);

    assertThat(RoadmapCheck.check(new Roadmap("R", List.of(first, second))))
        .as("problems with a topic alias that clashes with another topic's id")
        .containsExactly(
            new Problem(
                "sections[1].topics[0] (web)",
                "topic alias 'http' is already used by sections[0].topics[0] (http); ids and"
                    + " aliases must be unique"));
  }

  @Test
  @DisplayName("finds prerequisites that name no section, listed twice, and empty sections")
  void findsDanglingReferences() {
    Section empty =
        new Section(
            SectionId.of("empty"),
            "Empty",
            "Nothing.",
            List.of(),
            List.of(),
            List.of(),
            SectionSource.BLOG);
    Roadmap roadmap =
        new Roadmap("R", List.of(section("a"), section("b", "a", "nowhere", "a"), empty));

    assertThat(RoadmapCheck.check(roadmap))
        .as("problems with references")
        .containsExactly(
            new Problem("sections[2] (empty)", "the section has no topics; add at least one"),
            new Problem(
                "sections[1] (b)", "prerequisite 'nowhere' is not the id or alias of any section"),
            new Problem("sections[1] (b)", "prerequisite 'a' is listed twice"));
  }

  @Test
  @DisplayName("accepts a prerequisite that names a section by its alias")
  void acceptsAliasPrerequisites() {
    Roadmap roadmap =
        new Roadmap(
            "R",
            List.of(
                new Section(
                    SectionId.of("a"),
                    "A",
                    "About a.",
                    List.of(topic("t", "T")),
                    List.of(),
                    List.of(SectionId.of("old-a")),
                    SectionSource.BLOG),
                section("b", "old-a")));
    assertThat(RoadmapCheck.check(roadmap)).as("problems").isEmpty();
    assertThat(roadmap.learningOrder())
        .as("learning order follows the alias")
        .extracting(s -> s.id().value())
        .containsExactly("a", "b");
  }

  @Test
  @DisplayName("reports a cycle as a path that starts at its first section in the file")
  void reportsCyclesAsPaths() {
    Roadmap roadmap =
        new Roadmap(
            "R",
            List.of(
                section("start"),
                section("b", "c"),
                section("a", "b", "start"),
                section("c", "a"),
                section("self", "self")));

    assertThat(RoadmapCheck.cycles(roadmap))
        .as("cycles")
        .containsExactly(ids("b", "c", "a", "b"), ids("self", "self"));
    assertThat(RoadmapCheck.check(roadmap))
        .as("problems")
        .containsExactly(
            new Problem(
                "sections[1] (b)",
                "prerequisites form a cycle: b -> c -> a -> b (each section requires the next);"
                    + " remove one of these prerequisites"),
            new Problem(
                "sections[4] (self)",
                "prerequisites form a cycle: self -> self (each section requires the next);"
                    + " remove one of these prerequisites"));
  }

  @Test
  @DisplayName("throws from validate with every problem attached")
  void validateThrows() {
    Roadmap roadmap = new Roadmap("R", List.of(section("a", "b"), section("b", "a"), section("a")));

    assertThatThrownBy(() -> RoadmapCheck.validate(roadmap))
        .isInstanceOf(InvalidRoadmapException.class)
        .hasMessageStartingWith("the roadmap has 3 problems:\n  sections[2] (a): section id 'a'")
        .extracting(e -> ((InvalidRoadmapException) e).problems(), LIST)
        .hasSize(3);
  }

  private static List<SectionId> ids(String... ids) {
    return Arrays.stream(ids).map(SectionId::of).toList();
  }
}
