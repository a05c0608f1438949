package dev.roadmapkit.support.services;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Predicate;
import org.testcontainers.DockerClientFactory;

/**
 * What service resolution looks at: the environment variables, whether a Docker engine answers,
 * which executables are on the PATH, and for which services an embedded server exists for this
 * platform. Tests of the resolution build one by hand.
 *
 * @param variables the environment variables
 * @param dockerAvailable asked at most once per resolution, only when no URL is set
 * @param executables finds an executable by name, as a shell would on the PATH
 * @param embeddedAvailable whether the embedded server of a service has a binary for this operating
 *     system and processor on the class path ({@link EmbeddedServers#available})
 */
public record ServiceEnvironment(
    Map<String, String> variables,
    BooleanSupplier dockerAvailable,
    Function<String, Optional<Path>> executables,
    Predicate<ServiceKind> embeddedAvailable) {

  /** Set to {@code true} in CI: a service that cannot be had fails the test instead of skipping. */
  public static final String REQUIRE_SERVICES = "ROADMAP_REQUIRE_SERVICES";

  /** Set to {@code false} to never ask Docker, even when an engine is running. */
  public static final String USE_DOCKER = "ROADMAP_USE_DOCKER";

  public ServiceEnvironment {
    variables = Map.copyOf(Objects.requireNonNull(variables, "variables"));
    Objects.requireNonNull(dockerAvailable, "dockerAvailable");
    Objects.requireNonNull(executables, "executables");
    Objects.requireNonNull(embeddedAvailable, "embeddedAvailable");
  }

  /** An environment without any embedded server, as on a platform none has a binary for. */
  public ServiceEnvironment(
      Map<String, String> variables,
      BooleanSupplier dockerAvailable,
      Function<String, Optional<Path>> executables) {
    this(variables, dockerAvailable, executables, kind -> false);
  }

  /**
   * The environment of this process: real variables, the real Docker probe, the real PATH and the
   * embedded servers on the class path.
   */
  public static ServiceEnvironment system() {
    Map<String, String> env = System.getenv();
    return new ServiceEnvironment(
        env,
        ServiceEnvironment::dockerAnswers,
        name -> onPath(env.get("PATH"), name),
        EmbeddedServers::available);
  }

  /** The same environment with other variables, for the tests of the resolution. */
  public ServiceEnvironment withVariables(Map<String, String> replacement) {
    return new ServiceEnvironment(replacement, dockerAvailable, executables, embeddedAvailable);
  }

  /** The value of {@code name}, if it is set to something other than blank. */
  public Optional<String> variable(String name) {
    return Optional.ofNullable(variables.get(name)).map(String::strip).filter(v -> !v.isEmpty());
  }

  /** Whether a service that cannot be had must fail the test rather than skip it. */
  public boolean servicesRequired() {
    return variable(REQUIRE_SERVICES).map(v -> v.equalsIgnoreCase("true")).orElse(false);
  }

  boolean dockerAllowed() {
    return variable(USE_DOCKER).map(v -> !v.equalsIgnoreCase("false")).orElse(true);
  }

  private static boolean dockerAnswers() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }

  static Optional<Path> onPath(String path, String name) {
    if (path == null || path.isBlank()) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isBlank()) {
        continue;
      }
      for (String candidate : new String[] {name, name + ".exe"}) {
        Path file = Path.of(dir, candidate);
        if (Files.isRegularFile(file) && Files.isExecutable(file)) {
          return Optional.of(file);
        }
      }
    }
    return Optional.empty();
  }
}
