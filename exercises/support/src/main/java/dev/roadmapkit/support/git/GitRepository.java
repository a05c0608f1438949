package dev.roadmapkit.support.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A git repository in a temporary directory, driven by real git in a sealed environment.
 *
 * <p>Under the directory it is given it makes {@code repo/} (the work tree, branch {@code main})
 * and {@code home/} (the {@code HOME} of every command, with an empty global configuration). System
 * configuration is off ({@code GIT_CONFIG_NOSYSTEM=1}), the author and committer are fixed, the
 * locale is C and the time zone UTC. Every command gets the next date of a clock that starts at
 * 2005-04-07 22:13:13 UTC and advances one minute a command, so the same sequence of commands makes
 * the same commit ids on every machine.
 *
 * <pre>{@code
 * @TempDir Path dir;
 *
 * var repo = GitRepository.init(RealGit.require(), dir);
 * repo.write("README.md", "hello\n");
 * String id = repo.commitAll("Add the README");
 * }</pre>
 */
public final class GitRepository {

  /** The author and committer of every commit. */
  public static final String AUTHOR_NAME = "Ada Learner";

  /** Their e-mail address. */
  public static final String AUTHOR_EMAIL = "ada@example.com";

  /** The first date the clock gives, in seconds since the epoch (git's own first commit). */
  public static final long FIRST_DATE = 1112911993L;

  private final RealGit git;
  private final Path root;
  private final Path home;
  private long tick;

  private GitRepository(RealGit git, Path root, Path home) {
    this.git = git;
    this.root = root;
    this.home = home;
  }

  /**
   * Makes {@code directory/repo} a new repository on branch {@code main}.
   *
   * @param directory an empty directory the test owns, typically a {@code @TempDir}
   */
  public static GitRepository init(RealGit git, Path directory) {
    Objects.requireNonNull(git, "git");
    Path root = directory.resolve("repo");
    Path home = directory.resolve("home");
    try {
      Files.createDirectories(root);
      Files.createDirectories(home.resolve(".config"));
      Files.writeString(home.resolve(".gitconfig"), "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    GitRepository repository = new GitRepository(git, root, home);
    repository.git("init", "-q", "-b", "main");
    return repository;
  }

  /** The work tree. */
  public Path root() {
    return root;
  }

  /** The {@code .git} directory. */
  public Path gitDir() {
    return root.resolve(".git");
  }

  /** Runs {@code git args...} in the work tree, whatever its exit code. */
  public GitResult run(String... args) {
    return runWithInput(new byte[0], args);
  }

  /** Runs {@code git args...} in the work tree with {@code stdin} as its input. */
  public GitResult runWithInput(byte[] stdin, String... args) {
    return RealGit.run(git.executable(), root, environment(), stdin, Arrays.asList(args));
  }

  /**
   * Runs {@code git args...} in the work tree and returns its standard output.
   *
   * @throws GitCommandException when git exits with another code than 0, with its stderr
   */
  public String git(String... args) {
    GitResult result = run(args);
    if (!result.succeeded()) {
      throw GitCommandException.failed(result);
    }
    return result.stdout();
  }

  /** Like {@link #git(String...)}, with {@code stdin} as the command's input. */
  public String gitWithInput(byte[] stdin, String... args) {
    GitResult result = runWithInput(stdin, args);
    if (!result.succeeded()) {
      throw GitCommandException.failed(result);
    }
    return result.stdout();
  }

  /** Writes a UTF-8 file under the work tree, making its directories. */
  public Path write(String relativePath, String content) {
    return write(relativePath, content.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes a file under the work tree, making its directories. */
  public Path write(String relativePath, byte[] content) {
    Path file = root.resolve(relativePath).normalize();
    if (!file.startsWith(root)) {
      throw new IllegalArgumentException(relativePath + " is outside the work tree");
    }
    try {
      Files.createDirectories(file.getParent());
      return Files.write(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stages everything and commits it (empty commits allowed); returns the new commit's id. */
  public String commitAll(String message) {
    git("add", "-A");
    git("commit", "-q", "--allow-empty", "--no-verify", "-m", message);
    return head();
  }

  /** The id of {@code HEAD}. */
  public String head() {
    return revParse("HEAD");
  }

  /** The full id that {@code revision} names. */
  public String revParse(String revision) {
    return git("rev-parse", "--verify", "-q", revision + "^{object}").strip();
  }

  /**
   * Installs {@code script} as the hook {@code name} (for example {@code commit-msg}) of this
   * repository, executable.
   */
  public Path installHook(String name, String script) {
    Path hook = gitDir().resolve("hooks").resolve(name);
    try {
      Files.createDirectories(hook.getParent());
      Files.writeString(hook, script);
      try {
        Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));
      } catch (UnsupportedOperationException e) {
        hook.toFile().setExecutable(true);
      }
      return hook;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The environment of every command; exposed so a test can start git-driven programs alike. */
  public Map<String, String> environment() {
    String date = "@" + (FIRST_DATE + 60 * tick++) + " +0000";
    Map<String, String> env = new HashMap<>();
    env.put("HOME", home.toString());
    env.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
    env.put("GIT_CONFIG_NOSYSTEM", "1");
    env.put("GIT_CONFIG_GLOBAL", home.resolve(".gitconfig").toString());
    env.put("GIT_AUTHOR_NAME", AUTHOR_NAME);
    env.put("GIT_AUTHOR_EMAIL", AUTHOR_EMAIL);
    env.put("GIT_COMMITTER_NAME", AUTHOR_NAME);
    env.put("GIT_COMMITTER_EMAIL", AUTHOR_EMAIL);
    env.put("GIT_AUTHOR_DATE", date);
    env.put("GIT_COMMITTER_DATE", date);
    env.put("GIT_TERMINAL_PROMPT", "0");
    env.put("GIT_PAGER", "cat");
    env.put("GIT_EDITOR", "true");
    env.put("LC_ALL", "C");
    env.put("LANG", "C");
    env.put("TZ", "UTC");
    return Map.copyOf(env);
  }
}
