package dev.roadmapkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Typed ids")
class IdsTest {

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"a", "http", "n-plus-one", "web-security", "ci-cd", "x1", "2fa", "a-1-b"})
  @DisplayName("accept slugs")
  void acceptSlugs(String slug) {
    assertThat(SectionId.of(slug).value()).as("section id from '%s'", slug).isEqualTo(slug);
    assertThat(TopicId.of(slug).toString()).as("topic id printed").isEqualTo(slug);
    assertThat(Slug.isValid(slug)).as("'%s' is a slug", slug).isTrue();
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(
      strings = {"", "Http", "web security", "web--security", "-web", "web-", "web_security", "é"})
  @DisplayName("refuse anything else, quoting the bad value")
  void refuseNonSlugs(String bad) {
    assertThat(Slug.isValid(bad)).as("'%s' is a slug", bad).isFalse();
    assertThatThrownBy(() -> TopicId.of(bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("topic id must be a slug")
        .hasMessageEndingWith("got '" + bad + "'");
    assertThatThrownBy(() -> SectionId.of(bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("section id must be a slug");
  }

  @Test
  @DisplayName("refuse null with a message saying which id")
  void refuseNull() {
    assertThatThrownBy(() -> new SectionId(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("section id must not be null");
  }

  @Test
  @DisplayName("parse an exercise id into module and name, and print it back")
  void parseExerciseIds() {
    ExerciseId id = ExerciseId.of("web-security/password-hashing");
    assertThat(id.module()).as("module").isEqualTo("web-security");
    assertThat(id.name()).as("name").isEqualTo("password-hashing");
    assertThat(id).as("printed").hasToString("web-security/password-hashing");
    assertThat(ExerciseId.of(id.toString())).as("parsed back").isEqualTo(id);
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"caching", "caching/", "/lru-cache", "a/b/c", "caching/LRU"})
  @DisplayName("refuse exercise ids that are not two slugs joined by a slash")
  void refuseBadExerciseIds(String bad) {
    assertThatThrownBy(() -> ExerciseId.of(bad))
        .as("parsing '%s'", bad)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + bad + "'");
  }

  @Test
  @DisplayName("sort by their text")
  void sortByText() {
    assertThat(TopicId.of("dns")).as("dns before http").isLessThan(TopicId.of("http"));
    assertThat(ExerciseId.of("a/z")).as("module first").isLessThan(ExerciseId.of("b/a"));
  }
}
