package dev.roadmapkit.cicd.cachekeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("ci-cd/cache-keys: CacheKeys")
class CacheKeysTest {

  @TempDir Path workspace;

  private void write(Path root, String relative, String content) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  /** The hash the Javadoc specifies, over the given relative paths and contents. */
  private static String expected(Map<String, String> files) throws NoSuchAlgorithmException {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    for (var file : new TreeMap<>(files).entrySet()) {
      digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(
          MessageDigest.getInstance("SHA-256")
              .digest(file.getValue().getBytes(StandardCharsets.UTF_8)));
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private void mavenProject() throws IOException {
    write(workspace, "pom.xml", "<project>root</project>");
    write(workspace, "api/pom.xml", "<project>api</project>");
    write(workspace, "core/impl/pom.xml", "<project>impl</project>");
    write(workspace, "core/impl/src/Main.java", "class Main {}");
    write(workspace, "README.md", "# readme");
  }

  @Test
  @DisplayName("hashes the matched files: sorted path, a zero byte and the SHA-256 of the content")
  void hashesTheMatchedFiles() throws Exception {
    mavenProject();
    String hash = CacheKeys.hashFiles(workspace, List.of("{pom.xml,**/pom.xml}"));
    assertThat(hash)
        .as(
            "the hash of pom.xml, api/pom.xml and core/impl/pom.xml (and nothing else), each fed"
                + " as path UTF-8, one zero byte, SHA-256 of the content; 64 lower-case hex digits")
        .isEqualTo(
            expected(
                Map.of(
                    "pom.xml", "<project>root</project>",
                    "api/pom.xml", "<project>api</project>",
                    "core/impl/pom.xml", "<project>impl</project>")))
        .matches("[0-9a-f]{64}");
  }

  @Test
  @DisplayName("matches with java.nio globs: ** crosses directories, * does not")
  void globSemantics() throws Exception {
    mavenProject();
    assertThat(CacheKeys.hashFiles(workspace, List.of("**/pom.xml")))
        .as(
            "in Java's glob, **/pom.xml needs at least one directory: api/pom.xml and"
                + " core/impl/pom.xml, not the root pom.xml")
        .isEqualTo(
            expected(
                Map.of(
                    "api/pom.xml", "<project>api</project>",
                    "core/impl/pom.xml", "<project>impl</project>")));
    assertThat(CacheKeys.hashFiles(workspace, List.of("*/pom.xml")))
        .as("*/pom.xml: one directory deep only, so api/pom.xml alone")
        .isEqualTo(expected(Map.of("api/pom.xml", "<project>api</project>")));
    assertThat(CacheKeys.hashFiles(workspace, List.of("**")))
        .as("** matches directories too, but only regular files are hashed")
        .isEqualTo(
            expected(
                Map.of(
                    "pom.xml", "<project>root</project>",
                    "api/pom.xml", "<project>api</project>",
                    "core/impl/pom.xml", "<project>impl</project>",
                    "core/impl/src/Main.java", "class Main {}",
                    "README.md", "# readme")));
    assertThat(CacheKeys.hashFiles(workspace, List.of("**/*.lock")))
        .as("no file matches: the empty string, as hashFiles gives in GitHub Actions")
        .isEmpty();
  }

  @Test
  @DisplayName("the hash does not depend on the order the files were created or listed")
  void sortedByPath() throws Exception {
    List<String> names = new ArrayList<>();
    for (String dir : List.of("a", "b", "a-b", "b/c")) {
      for (int i = 0; i < 6; i++) {
        names.add(dir + "/f" + i + ".lock");
      }
    }
    Collections.shuffle(names, new Random(42));
    Map<String, String> files = new TreeMap<>();
    for (String name : names) {
      write(workspace, name, "lock of " + name);
      files.put(name, "lock of " + name);
    }
    assertThat(CacheKeys.hashFiles(workspace, List.of("**.lock")))
        .as(
            "24 files made in a shuffled order: the hash takes them sorted by relative path,"
                + " whatever order the directory listing gives (sort before you hash)")
        .isEqualTo(expected(files));
  }

  @Test
  @DisplayName("the order of the patterns does not matter, and a file matched twice counts once")
  void patternsOrderAndDuplicates() throws Exception {
    write(workspace, "web/package-lock.json", "web");
    write(workspace, "api/package-lock.json", "api");
    String both = expected(Map.of("web/package-lock.json", "web", "api/package-lock.json", "api"));
    assertThat(CacheKeys.hashFiles(workspace, List.of("web/*.json", "api/*.json")))
        .as("web's pattern first, then api's: still the files sorted by path (api, then web)")
        .isEqualTo(both);
    assertThat(CacheKeys.hashFiles(workspace, List.of("**/package-lock.json", "web/*.json")))
        .as("web/package-lock.json is matched by both patterns: it is hashed once")
        .isEqualTo(both);
  }

  @Test
  @DisplayName("a rename changes the hash, and path and content cannot run into each other")
  void pathIsPartOfTheHash(@TempDir Path other) throws Exception {
    write(workspace, "app/yarn.lock", "left-pad@1.3.0");
    String before = CacheKeys.hashFiles(workspace, List.of("**/*.lock"));
    Files.createDirectories(workspace.resolve("lib"));
    Files.move(workspace.resolve("app/yarn.lock"), workspace.resolve("lib/yarn.lock"));
    assertThat(CacheKeys.hashFiles(workspace, List.of("**/*.lock")))
        .as("the same content moved from app/yarn.lock to lib/yarn.lock: the key must change")
        .isNotEqualTo(before)
        .isEqualTo(expected(Map.of("lib/yarn.lock", "left-pad@1.3.0")));

    write(other, "ab", "cd");
    Path third = Files.createDirectory(other.resolve("third"));
    write(third, "abc", "d");
    assertThat(CacheKeys.hashFiles(other, List.of("ab")))
        .as(
            "\"ab\" holding \"cd\" and \"abc\" holding \"d\" are different workspaces: a zero byte"
                + " and the content's own hash keep path and content apart")
        .isNotEqualTo(CacheKeys.hashFiles(third, List.of("abc")));
  }

  @Test
  @DisplayName("a change of content changes the hash")
  void contentIsPartOfTheHash() throws Exception {
    write(workspace, "go.sum", "v1");
    String v1 = CacheKeys.hashFiles(workspace, List.of("go.sum"));
    write(workspace, "go.sum", "v2");
    assertThat(CacheKeys.hashFiles(workspace, List.of("go.sum")))
        .as("go.sum changed from v1 to v2")
        .isNotEqualTo(v1)
        .isEqualTo(expected(Map.of("go.sum", "v2")));
  }

  @Test
  @DisplayName("refuses patterns and files outside the workspace")
  void outsideTheWorkspace(@TempDir Path outside) throws Exception {
    write(workspace, "pom.xml", "<project/>");
    write(outside, "secret.lock", "token");
    for (String pattern : List.of("../*/secret.lock", "/etc/*.conf", "a/../../x.lock", "..")) {
      assertThatIllegalArgumentException()
          .as("pattern '%s' reaches outside the workspace: refuse it", pattern)
          .isThrownBy(() -> CacheKeys.hashFiles(workspace, List.of("pom.xml", pattern)))
          .withMessageContaining(pattern);
    }
    assertThat(CacheKeys.hashFiles(workspace, List.of("a..b/*.lock", "pom.xml")))
        .as("'a..b' is a directory name with dots, not a '..' segment: allowed")
        .isEqualTo(expected(Map.of("pom.xml", "<project/>")));
    Files.createSymbolicLink(workspace.resolve("stolen.lock"), outside.resolve("secret.lock"));
    assertThatIllegalArgumentException()
        .as("stolen.lock is a link to a file outside the workspace: refuse it, naming it")
        .isThrownBy(() -> CacheKeys.hashFiles(workspace, List.of("*.lock")))
        .withMessageContaining("stolen.lock");
    assertThatIllegalArgumentException()
        .as("no pattern at all is a mistake, not an empty hash")
        .isThrownBy(() -> CacheKeys.hashFiles(workspace, List.of()));
  }

  @Test
  @DisplayName("the key is os-prefix-hash; a blank os or prefix is refused")
  void theKey() throws Exception {
    write(workspace, "pom.xml", "<project/>");
    assertThat(CacheKeys.key("Linux", "maven", workspace, List.of("pom.xml")))
        .as("runner.os, a prefix and the hash, joined by '-'")
        .isEqualTo("Linux-maven-" + expected(Map.of("pom.xml", "<project/>")));
    assertThatIllegalArgumentException()
        .as("a blank os")
        .isThrownBy(() -> CacheKeys.key(" ", "maven", workspace, List.of("pom.xml")));
    assertThatIllegalArgumentException()
        .as("a blank prefix")
        .isThrownBy(() -> CacheKeys.key("Linux", "", workspace, List.of("pom.xml")));
  }
}
