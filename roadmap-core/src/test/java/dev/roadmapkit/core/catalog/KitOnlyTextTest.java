package dev.roadmapkit.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Kit-only blocks in a module's README")
class KitOnlyTextTest {

  private static final String README =
      """
      # Caching

      Run the tests with ./mvnw.

      <!-- kit-only: assign leaves this out -->
      `./roadmap hint caching/lru-cache` shows the next hint. Solutions are under
      `solutions/caching`.
      <!-- /kit-only -->

      ## caching/lru-cache
      """;

  @Test
  @DisplayName("strip removes each block and leaves one blank line where it stood")
  void strip() {
    assertThat(KitOnlyText.strip(README))
        .isEqualTo("# Caching\n\nRun the tests with ./mvnw.\n\n## caching/lru-cache\n");
  }

  @Test
  @DisplayName("mentions of the CLI and the solutions inside blocks are allowed")
  void insideBlocks() {
    assertThat(KitOnlyText.kitMentions(README)).isEmpty();
  }

  @Test
  @DisplayName("mentions outside blocks are reported with their line")
  void outsideBlocks() {
    String text = README + "\nSee `solutions/caching` or run ./roadmap check.\n";

    assertThat(KitOnlyText.kitMentions(text))
        .containsExactly("'solutions/' on line 12", "'./roadmap' on line 12");
  }

  @Test
  @DisplayName("paths that merely end in solutions/ are not mentions of the kit's solutions")
  void otherPaths() {
    assertThat(KitOnlyText.kitMentions("see docs/solutions/ and my-solutions/ and ./roadmapper"))
        .isEmpty();
  }

  @Test
  @DisplayName("a block that is never closed is an error, named by its line")
  void unclosed() {
    String text = "# T\n\n<!-- kit-only -->\nsecret\n";

    assertThatThrownBy(() -> KitOnlyText.strip(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 3")
        .hasMessageContaining("never closed");
    assertThatThrownBy(() -> KitOnlyText.kitMentions(text))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
