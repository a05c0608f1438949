package dev.roadmapkit.websecurity.pathtraversalandssrf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Label;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Label("web-security/path-traversal-and-ssrf: BaseDirectory")
class BaseDirectoryTest {

  @TempDir Path root;
  private Path base;
  private BaseDirectory files;

  @BeforeEach
  void createTree() throws IOException {
    base = Files.createDirectories(root.resolve("files"));
    Files.writeString(base.resolve("report.txt"), "ok");
    Files.createDirectories(base.resolve("docs"));
    Files.writeString(base.resolve("docs/guide.md"), "ok");
    Files.createDirectories(root.resolve("files-secret"));
    Files.writeString(root.resolve("files-secret/keys.txt"), "secret");
    Files.writeString(root.resolve("passwd"), "secret");
    files = new BaseDirectory(base);
  }

  @Test
  @DisplayName("names under the base resolve to their file")
  void resolvesInside() throws IOException {
    assertThat(files.resolve("report.txt"))
        .as("report.txt lies directly under the base")
        .contains(base.toRealPath().resolve("report.txt"));
    assertThat(files.resolve("docs/guide.md"))
        .as("docs/guide.md lies in a subdirectory of the base")
        .contains(base.toRealPath().resolve("docs/guide.md"));
    assertThat(files.resolve("docs/../report.txt"))
        .as(".. that stays inside the base is harmless once normalised")
        .contains(base.toRealPath().resolve("report.txt"));
    assertThat(files.resolve("new/upload.bin"))
        .as("a file that does not exist yet (an upload) may still be named, if it is inside")
        .contains(base.toRealPath().resolve("new/upload.bin"));
  }

  @ParameterizedTest(name = "\"{0}\" is refused")
  @ValueSource(
      strings = {
        "../passwd",
        "docs/../../passwd",
        "../files-secret/keys.txt",
        "/etc/passwd",
        "..",
        ".",
        "",
        "docs/../..",
      })
  @DisplayName("names that leave the base, or name the base itself, are refused")
  void refusesEscapes(String userPath) {
    assertThat(files.resolve(userPath))
        .as(
            "resolve(\"%s\") must be empty. Resolve against the base, normalize(), and check with"
                + " Path.startsWith(base): \"../files-secret\" starts with the STRING of the base"
                + " but not with the PATH; an absolute name replaces the base in resolve(); a NUL"
                + " byte is not a valid path (catch InvalidPathException)",
            userPath)
        .isEmpty();
  }

  @Test
  @DisplayName("a name with a NUL byte is refused, not thrown")
  void refusesNul() {
    assertThat(files.resolve("report.txt\u0000.png"))
        .as(
            "a NUL byte once cut file names short in C libraries (report.txt\\0.png opened"
                + " report.txt); Java refuses it with InvalidPathException: catch it, return empty")
        .isEmpty();
  }

  @Test
  @DisplayName("a symbolic link inside the base that points outside is refused")
  void refusesSymlinkOut() throws IOException {
    try {
      Files.createSymbolicLink(base.resolve("shortcut"), root.resolve("passwd"));
    } catch (UnsupportedOperationException | FileSystemException e) {
      assumeThat(false).as("this file system cannot create symbolic links: %s", e).isTrue();
    }
    assertThat(files.resolve("shortcut"))
        .as(
            "\"shortcut\" is under the base by name, but it is a link to a file outside: for a file"
                + " that exists, check toRealPath() too")
        .isEmpty();
  }

  @Test
  @DisplayName("a new file next to the base whose name merely starts like it is refused")
  void refusesSiblingWithCommonPrefixForNewFile() {
    assertThat(files.resolve("../files-secret/new.txt"))
        .as(
            "the base is .../files; .../files-secret/new.txt does not exist yet, so only the"
                + " containment check stands between it and an upload outside the base. As text"
                + " it starts with \".../files\", as a Path it does not: use Path.startsWith")
        .isEmpty();
  }

  @Test
  @DisplayName("a new file in a symbolically linked directory that points outside is refused")
  void refusesNewFileThroughSymlinkedDirectory() throws IOException {
    Path outside = Files.createDirectories(root.resolve("outside"));
    try {
      Files.createSymbolicLink(base.resolve("linkdir"), outside);
    } catch (UnsupportedOperationException | FileSystemException e) {
      assumeThat(false)
          .as("skipped: this file system cannot create symbolic links (%s)", e)
          .isTrue();
    }
    assertThat(files.resolve("linkdir/new.txt"))
        .as(
            "linkdir is under the base by name but is a link to %s, so writing linkdir/new.txt"
                + " would create a file outside the base. The file does not exist yet, so its own"
                + " toRealPath() fails: check the real path of its nearest existing ancestor"
                + " (here linkdir) against the base",
            outside)
        .isEmpty();
    assertThat(files.resolve("linkdir/sub/deeper/new.txt"))
        .as("the same through several directories that do not exist yet under the link")
        .isEmpty();
    assertThat(Files.list(outside)).as("nothing may have been created outside").isEmpty();
  }

  @Test
  @DisplayName("a new file in a symbolically linked directory that stays inside is allowed")
  void allowsNewFileThroughSymlinkInside() throws IOException {
    try {
      Files.createSymbolicLink(base.resolve("alias"), base.resolve("docs"));
    } catch (UnsupportedOperationException | FileSystemException e) {
      assumeThat(false)
          .as("skipped: this file system cannot create symbolic links (%s)", e)
          .isTrue();
    }
    assertThat(files.resolve("alias/new.md"))
        .as("alias links to docs, which is inside the base: a new file there is fine")
        .isPresent();
  }
}
