package dev.roadmapkit.support.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A temporary repository driven by real git")
class GitRepositoryTest {

  private static RealGit git;

  @TempDir Path dir;

  @BeforeAll
  static void needsGit() {
    git = RealGit.require();
  }

  @Test
  @DisplayName("the same commands make the same commit ids in two repositories")
  void deterministicIds(@TempDir Path other) {
    GitRepository a = GitRepository.init(git, dir);
    GitRepository b = GitRepository.init(git, other);
    for (GitRepository repo : new GitRepository[] {a, b}) {
      repo.write("src/hello.txt", "hello\n");
      repo.commitAll("Add hello");
      repo.write("src/hello.txt", "hello, world\n");
      repo.commitAll("Greet the world");
    }
    assertThat(a.head()).hasSize(40).isEqualTo(b.head());
    assertThat(a.git("log", "--format=%an <%ae> %ad", "--date=iso-strict", "-1").strip())
        .isEqualTo("Ada Learner <ada@example.com> 2005-04-07T22:18:13+00:00");
    assertThat(a.git("branch", "--show-current").strip()).isEqualTo("main");
  }

  @Test
  @DisplayName("no configuration outside the repository is read: only the repository's own")
  void sealedConfiguration() throws Exception {
    GitRepository repo = GitRepository.init(git, dir);
    String origins = repo.git("config", "--list", "--show-origin");
    assertThat(origins.lines())
        .as("every configuration entry git sees, with the file it came from")
        .allSatisfy(line -> assertThat(line).startsWith("file:.git/config"));
    assertThat(repo.environment()).containsEntry("HOME", dir.resolve("home").toString());
    assertThat(Files.readString(dir.resolve("home/.gitconfig"))).isEmpty();
  }

  @Test
  @DisplayName("a failing command names itself and git's complaint; a hook is installed executable")
  void failuresAndHooks() {
    GitRepository repo = GitRepository.init(git, dir);
    assertThatThrownBy(() -> repo.git("rev-parse", "--verify", "no-such-branch"))
        .isInstanceOf(GitCommandException.class)
        .hasMessageStartingWith("'git rev-parse --verify no-such-branch' exited with 128");
    Path hook = repo.installHook("commit-msg", "#!/bin/sh\necho refused >&2\nexit 1\n");
    assertThat(Files.isExecutable(hook)).isTrue();
    repo.write("a.txt", "a\n");
    repo.git("add", "a.txt");
    GitResult refused = repo.run("commit", "-q", "-m", "anything");
    assertThat(refused.succeeded()).isFalse();
    assertThat(refused.stderr()).contains("refused");
    long before = RealGit.commandsRun();
    repo.git("status", "--porcelain");
    assertThat(RealGit.commandsRun()).isEqualTo(before + 1);
  }

  @Test
  @DisplayName("a path outside the work tree is refused")
  void outsideWorkTree() {
    GitRepository repo = GitRepository.init(git, dir);
    assertThatThrownBy(() -> repo.write("../escape.txt", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outside the work tree");
  }
}
