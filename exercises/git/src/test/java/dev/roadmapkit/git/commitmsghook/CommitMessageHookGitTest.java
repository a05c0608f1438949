package dev.roadmapkit.git.commitmsghook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmapkit.support.git.GitRepository;
import dev.roadmapkit.support.git.GitResult;
import dev.roadmapkit.support.git.RealGit;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("git/commit-msg-hook: CommitMessageHook as real git's commit-msg hook")
class CommitMessageHookGitTest {

  private static RealGit git;

  @TempDir Path dir;

  @BeforeAll
  static void needsGit() {
    git = RealGit.require();
  }

  /**
   * A repository with one commit, the hook installed (a shell script that starts this JVM's java on
   * the classes of CommitMessageHook) and a change staged.
   */
  private GitRepository repositoryWithHook() throws URISyntaxException {
    GitRepository repo = GitRepository.init(git, dir);
    repo.write("README.md", "hello\n");
    repo.commitAll("docs: add the README");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path classes =
        Path.of(
            CommitMessageHook.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    repo.installHook(
        "commit-msg",
        "#!/bin/sh\nexec '"
            + java
            + "' -Xshare:auto -XX:TieredStopAtLevel=1 -cp '"
            + classes
            + "' "
            + CommitMessageHook.class.getName()
            + " \"$1\"\n");
    repo.write("README.md", "hello, world\n");
    repo.git("add", "README.md");
    return repo;
  }

  /** The message of a commit, as git stored it. */
  private static String messageOf(GitRepository repo, String commit) {
    String raw = repo.git("cat-file", "commit", commit);
    return raw.substring(raw.indexOf("\n\n") + 2);
  }

  @Test
  @DisplayName("git commit -m with a bad message is refused, HEAD stays, stderr explains why")
  void badMessageRefused() throws Exception {
    GitRepository repo = repositoryWithHook();
    String before = repo.head();

    GitResult result = repo.run("commit", "-q", "-m", "Added the greeting.");

    assertThat(result.exitCode())
        .as(
            "exit code of git commit when the commit-msg hook exits 1 (stderr: %s)",
            result.stderr())
        .isNotZero();
    assertThat(repo.head()).as("HEAD after a refused commit: no commit was made").isEqualTo(before);
    assertThat(result.stderr())
        .as("what the committer reads: the hook's report, passed on by git")
        .contains("commit-msg: the commit was refused")
        .contains("line 1: " + Rule.SUBJECT_ENDS_WITH_PERIOD.explanation())
        .contains("line 1: " + Rule.NOT_CONVENTIONAL.explanation())
        .contains("line 1: " + Rule.NOT_IMPERATIVE.explanation());
  }

  @Test
  @DisplayName("git commit -m with a good message commits, with exactly that message")
  void goodMessageCommitted() throws Exception {
    GitRepository repo = repositoryWithHook();
    String before = repo.head();

    GitResult result = repo.run("commit", "-q", "-m", "feat(readme): greet the world");

    assertThat(result.exitCode())
        .as("exit code of git commit with a good message (stderr: %s)", result.stderr())
        .isZero();
    assertThat(repo.git("rev-parse", "HEAD~1").strip())
        .as("the new commit's parent is the old HEAD")
        .isEqualTo(before);
    assertThat(messageOf(repo, "HEAD"))
        .as("the message git stored (git cat-file commit HEAD)")
        .isEqualTo("feat(readme): greet the world\n");
  }

  @Test
  @DisplayName("git commit -F: only the part above git's scissors line is checked and committed")
  void scissorsFromFile() throws Exception {
    GitRepository repo = repositoryWithHook();
    String kept =
        "fix(readme): greet the world\n\nThe README said hello to nobody in particular.\n";
    Files.writeString(
        dir.resolve("message.txt"),
        kept
            + CommitMessageChecker.SCISSORS
            + "\n# Do not modify or remove the line above.\ndiff --git a/README.md b/README.md\n"
            + "-".repeat(100)
            + "\n");

    // -e: git cuts at the scissors only in a message it lets you edit (the editor here is "true").
    GitResult result =
        repo.run(
            "commit",
            "-q",
            "-e",
            "--cleanup=scissors",
            "-F",
            dir.resolve("message.txt").toString());

    assertThat(result.exitCode())
        .as(
            "exit code of git commit -F: the 100-character line is below the scissors, so it does"
                + " not count (stderr: %s)",
            result.stderr())
        .isZero();
    assertThat(messageOf(repo, "HEAD"))
        .as("the message git stored: what is above the scissors")
        .isEqualTo(kept);
  }

  @Test
  @DisplayName("git commit -F with a body right under the subject is refused at line 2")
  void noBlankLineFromFile() throws Exception {
    GitRepository repo = repositoryWithHook();
    String before = repo.head();
    Files.writeString(dir.resolve("message.txt"), "fix: greet the world\nThe README said hello.\n");

    GitResult result = repo.run("commit", "-q", "-F", dir.resolve("message.txt").toString());

    assertThat(result.exitCode()).as("exit code of git commit -F with a bad message").isNotZero();
    assertThat(repo.head()).as("HEAD after a refused commit").isEqualTo(before);
    assertThat(result.stderr())
        .as("the hook's report names line 2")
        .contains("line 2: " + Rule.NO_BLANK_LINE_AFTER_SUBJECT.explanation());
  }

  @Test
  @DisplayName("git commit --fixup writes a 'fixup! ' subject, which the hook lets through")
  void fixupPasses() throws Exception {
    GitRepository repo = repositoryWithHook();

    GitResult result = repo.run("commit", "-q", "--fixup=HEAD");

    assertThat(result.exitCode())
        .as("exit code of git commit --fixup=HEAD (stderr: %s)", result.stderr())
        .isZero();
    assertThat(messageOf(repo, "HEAD"))
        .as("the message git wrote for the fixup commit")
        .isEqualTo("fixup! docs: add the README\n");
  }
}
