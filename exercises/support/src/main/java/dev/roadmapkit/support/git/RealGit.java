package dev.roadmapkit.support.git;

import dev.roadmapkit.support.services.ServiceEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The {@code git} executable on the PATH, its version, and the one way the kit runs it.
 *
 * <p>Call {@link #require()} where a test needs git (a JUnit {@code @BeforeAll}, or jqwik's
 * {@code @BeforeContainer}, so that a missing git skips the whole class instead of every try): it
 * skips with the way to install git, or fails when {@code ROADMAP_REQUIRE_SERVICES=true}.
 *
 * @param executable where git was found
 * @param version what {@code git --version} says, for example {@code 2.39.5}
 */
public record RealGit(Path executable, String version) {

  /** The oldest git the kit's git environment works with ({@code init -b}, GIT_CONFIG_GLOBAL). */
  public static final String MINIMUM_VERSION = "2.32";

  private static final Pattern VERSION = Pattern.compile("git version (\\d+)\\.(\\d+)(\\S*)");
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final AtomicLong COMMANDS = new AtomicLong();
  private static volatile Optional<RealGit> found;

  public RealGit {
    Objects.requireNonNull(executable, "executable");
    Objects.requireNonNull(version, "version");
  }

  /**
   * The git on the PATH, for a test that cannot run without it: a missing or too old git aborts the
   * test (it is reported as skipped, with how to install git), or fails it when {@code
   * ROADMAP_REQUIRE_SERVICES=true}.
   */
  public static RealGit require() {
    Optional<RealGit> git = find();
    String problem =
        git.isEmpty()
            ? "git is not on the PATH"
            : "git " + git.get().version() + " is older than " + MINIMUM_VERSION;
    if (git.isEmpty() || !git.get().atLeastMinimum()) {
      String message =
          problem
              + ": the live cross-checks against real git need git "
              + MINIMUM_VERSION
              + " or newer (https://git-scm.com/downloads; on Debian or Ubuntu: apt-get install"
              + " git)";
      if (ServiceEnvironment.system().servicesRequired()) {
        Assertions.fail(message + ", and ROADMAP_REQUIRE_SERVICES=true requires it");
      }
      Assumptions.abort(message);
    }
    return git.get();
  }

  /** The git on the PATH, if there is one; looked up once per JVM. */
  public static Optional<RealGit> find() {
    Optional<RealGit> known = found;
    if (known == null) {
      synchronized (RealGit.class) {
        if (found == null) {
          found = locate();
        }
        known = found;
      }
    }
    return known;
  }

  /** How many git commands the kit's tests have run in this JVM, for the learner report. */
  public static long commandsRun() {
    return COMMANDS.get();
  }

  private static Optional<RealGit> locate() {
    Optional<Path> path =
        ServiceEnvironment.system().executables().apply("git").map(Path::toAbsolutePath);
    if (path.isEmpty()) {
      return Optional.empty();
    }
    try {
      GitResult result =
          run(
              path.get(),
              Path.of(System.getProperty("java.io.tmpdir")),
              Map.of("LC_ALL", "C"),
              new byte[0],
              List.of("--version"));
      Matcher m = VERSION.matcher(result.stdout());
      return m.find()
          ? Optional.of(new RealGit(path.get(), m.group(1) + "." + m.group(2) + m.group(3)))
          : Optional.empty();
    } catch (GitCommandException e) {
      return Optional.empty();
    }
  }

  boolean atLeastMinimum() {
    Matcher m = VERSION.matcher("git version " + version);
    if (!m.find()) {
      return false;
    }
    int major = Integer.parseInt(m.group(1));
    int minor = Integer.parseInt(m.group(2));
    String[] min = MINIMUM_VERSION.split("\\.");
    int minMajor = Integer.parseInt(min[0]);
    return major > minMajor || (major == minMajor && minor >= Integer.parseInt(min[1]));
  }

  /**
   * Runs git in {@code directory} with exactly the given environment additions on top of a copy of
   * this process's environment from which every {@code GIT_*} variable was removed. Bounded: a
   * command that has not finished after 30 seconds is killed and reported.
   */
  static GitResult run(
      Path git, Path directory, Map<String, String> environment, byte[] stdin, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(git.toString());
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
    builder.environment().keySet().removeIf(name -> name.startsWith("GIT_"));
    builder.environment().putAll(environment);
    COMMANDS.incrementAndGet();
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new GitCommandException("could not start '" + git + "': " + e.getMessage());
    }
    CompletableFuture<byte[]> out =
        CompletableFuture.supplyAsync(() -> drain(process.getInputStream()));
    CompletableFuture<byte[]> err =
        CompletableFuture.supplyAsync(() -> drain(process.getErrorStream()));
    try (OutputStream in = process.getOutputStream()) {
      in.write(stdin);
    } catch (IOException e) {
      // git may exit before reading its input (a usage error); its exit code says why
    }
    try {
      if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        throw new GitCommandException(
            "'git "
                + String.join(" ", args)
                + "' did not finish within "
                + TIMEOUT.toSeconds()
                + " s");
      }
      return new GitResult(
          args,
          process.exitValue(),
          new String(out.join(), StandardCharsets.UTF_8),
          new String(err.join(), StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new GitCommandException("interrupted while 'git " + String.join(" ", args) + "' ran");
    }
  }

  private static byte[] drain(InputStream stream) {
    try (stream) {
      return stream.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
