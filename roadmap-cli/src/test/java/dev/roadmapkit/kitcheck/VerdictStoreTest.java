package dev.roadmapkit.kitcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The store of wrong-solution verdicts")
class VerdictStoreTest {

  @TempDir Path dir;

  private Path layout;
  private Path tests;
  private Path repository;
  private Path released;
  private Path snapshot;

  @BeforeEach
  void kit() throws IOException {
    layout = dir.resolve("layout");
    write(layout.resolve("src/main/java/a/Adder.java"), "class Adder { int add() { return 1; } }");
    tests = dir.resolve("module");
    write(tests.resolve("target/test-classes/a/AdderTest.class"), "compiled test");
    repository = dir.resolve("repository");
    released = repository.resolve("org/lib/1.0/lib-1.0.jar");
    write(released, "released");
    snapshot = repository.resolve("dev/support/0.1.0-SNAPSHOT/support-0.1.0-SNAPSHOT.jar");
    write(snapshot, "snapshot one");
    write(
        tests.resolve("target/test-classpath.txt"),
        released + File.pathSeparator + snapshot + File.pathSeparator + tests.resolve("extra"));
  }

  private VerdictStore store() {
    return new VerdictStore(dir.resolve("store"), repository);
  }

  private String key() {
    return store().key(layout, tests, List.of("a.AdderTest"));
  }

  @Test
  @DisplayName("gives a kept rejection back under the same inputs, in a later build")
  void keepsRejections() {
    String key = key();
    store().keep(key, List.of("adds two numbers", "adds\nnegative numbers"));

    VerdictStore later = store();
    assertThat(later.rejection(key()))
        .as("the rejection, read by a new store over unchanged inputs")
        .contains(List.of("adds two numbers", "adds negative numbers"));
    assertThat(later.reused()).as("verdicts reused").isEqualTo(1);
  }

  @Test
  @DisplayName("has nothing for inputs it never saw, and counts no reuse")
  void missesUnknownInputs() {
    VerdictStore store = store();
    assertThat(store.rejection(key())).isEmpty();
    assertThat(store.reused()).isZero();
  }

  @Test
  @DisplayName(
      "changes the key when the code, the tests, a snapshot jar or the tests to run change")
  void keyFollowsEveryInput() throws IOException {
    String before = key();
    assertThat(key()).as("the key of unchanged inputs").isEqualTo(before);

    write(layout.resolve("src/main/java/a/Adder.java"), "class Adder { int add() { return 2; } }");
    String codeChanged = key();
    assertThat(codeChanged).as("after an edit to the code").isNotEqualTo(before);

    write(tests.resolve("target/test-classes/a/AdderTest.class"), "recompiled test");
    String testsChanged = key();
    assertThat(testsChanged).as("after the tests were recompiled").isNotEqualTo(codeChanged);

    write(snapshot, "snapshot two");
    String snapshotChanged = key();
    assertThat(snapshotChanged)
        .as("after a snapshot jar was rebuilt with other content")
        .isNotEqualTo(testsChanged);

    assertThat(store().key(layout, tests, List.of("a.AdderTest", "a.MoreTest")))
        .as("with another test class to run")
        .isNotEqualTo(snapshotChanged);
  }

  @Test
  @DisplayName("reads a released jar of the local repository by path and size, not content")
  void releasedJarsByPathAndSize() throws IOException {
    String before = key();
    write(released, "RELEASED"); // same size: a released jar never changes in place
    assertThat(key())
        .as("after rewriting a released jar with content of the same size")
        .isEqualTo(before);
    write(released, "released, longer");
    assertThat(key()).as("after a released jar changed size").isNotEqualTo(before);
  }

  @Test
  @DisplayName("treats an unreadable or foreign file as a miss")
  void corruptFilesAreMisses() throws IOException {
    String key = key();
    Path file = dir.resolve("store").resolve(key.substring(0, 2)).resolve(key + ".txt");
    write(file, "not a verdict\nadds two numbers\n");
    assertThat(store().rejection(key)).as("a file without the format line").isEmpty();
    write(file, "roadmap-wrong-verdict-1\n");
    assertThat(store().rejection(key)).as("a file naming no failed test").isEmpty();
  }

  private static void write(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }
}
