package dev.roadmapkit.kitcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The store of PIT reports")
class MutationStoreTest {

  private static final String KEY = "0123456789abcdef".repeat(4);

  @TempDir Path dir;

  @Test
  @DisplayName("keeps each module's report under the key its build wrote, and skips the others")
  void keepsReportsUnderTheirKeys() throws IOException {
    Path solutions = dir.resolve("solutions");
    write(solutions.resolve("caching/target/kit-pit/key.txt"), KEY + "\n");
    write(solutions.resolve("caching/target/pit-reports/mutations.xml"), "<mutations/>");
    write(solutions.resolve("no-key/target/pit-reports/mutations.xml"), "<mutations/>");
    write(solutions.resolve("no-report/target/kit-pit/key.txt"), KEY.replace('0', '1'));
    write(solutions.resolve("bad-key/target/kit-pit/key.txt"), "${kit.pitKey}");
    write(solutions.resolve("bad-key/target/pit-reports/mutations.xml"), "<mutations/>");
    Path store = dir.resolve("store");

    assertThat(MutationStore.keep(solutions, store)).as("reports kept").isEqualTo(1);
    assertThat(store.resolve(KEY + ".xml")).hasContent("<mutations/>");
    try (var files = Files.list(store)) {
      assertThat(files).as("files in the store").hasSize(1);
    }
  }

  @Test
  @DisplayName("keeps nothing, and does not fail, when there is no solutions directory")
  void missingSolutions() {
    assertThat(MutationStore.keep(dir.resolve("none"), dir.resolve("store"))).isZero();
  }

  private static void write(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }
}
