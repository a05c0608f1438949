package dev.roadmapkit.advanced.containerization;

import dev.roadmapkit.support.docker.Dockerfile;
import dev.roadmapkit.support.docker.Instruction;
import dev.roadmapkit.support.docker.KeyValue;
import dev.roadmapkit.support.docker.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The rules of a good image, each a function from a parsed Dockerfile to what breaks it. */
final class DockerfileRules {

  /** One rule broken: where, which rule, and why it matters. */
  record Violation(int line, String rule, String message) {
    @Override
    public String toString() {
      return "line " + line + ": [" + rule + "] " + message;
    }
  }

  private static final Set<String> SECRET_WORDS =
      Set.of("PASSWORD", "PASSWD", "TOKEN", "SECRET", "KEY");

  private DockerfileRules() {}

  static String describe(List<Violation> violations) {
    return violations.stream()
        .map(Violation::toString)
        .collect(Collectors.joining("\n  ", "\n  ", ""));
  }

  private static Stage last(Dockerfile file) {
    return file.finalStage().orElseThrow(() -> new AssertionError("the Dockerfile has no FROM"));
  }

  /** A build stage and a runtime stage; the runtime stage copies only --from an earlier stage. */
  static List<Violation> multiStage(Dockerfile file) {
    String rule = "multi-stage";
    List<Violation> violations = new ArrayList<>();
    List<Stage> stages = file.stages();
    Stage runtime = last(file);
    if (stages.size() < 2) {
      violations.add(
          new Violation(
              runtime.from().line(),
              rule,
              "one stage only: compile in a build stage (FROM ... AS build) and copy only the"
                  + " artifact into a runtime stage, so the JDK and the sources stay out of the image"));
      return violations;
    }
    List<String> earlier = new ArrayList<>();
    for (Stage stage : stages.subList(0, stages.size() - 1)) {
      earlier.add(String.valueOf(stage.index()));
      stage.name().ifPresent(earlier::add);
    }
    if (earlier.contains(runtime.image().toLowerCase(Locale.ROOT))) {
      violations.add(
          new Violation(
              runtime.from().line(),
              rule,
              "the runtime stage starts FROM the build stage "
                  + runtime.image()
                  + ": it carries the JDK and the sources; start from a runtime base image"));
    }
    for (Instruction copy : runtime.instructions()) {
      if (!copy.keyword().equals("COPY") && !copy.keyword().equals("ADD")) {
        continue;
      }
      Optional<String> from = copy.flag("from");
      if (from.isEmpty()) {
        violations.add(
            new Violation(
                copy.line(),
                rule,
                copy.keyword()
                    + " "
                    + copy.arguments()
                    + " copies from the build context: the runtime stage copies only the artifact --from the build stage"));
      } else if (!earlier.contains(from.get().toLowerCase(Locale.ROOT))) {
        violations.add(
            new Violation(
                copy.line(),
                rule,
                "--from="
                    + from.get()
                    + " is not an earlier stage of this Dockerfile ("
                    + earlier
                    + ")"));
      }
    }
    return violations;
  }

  /** Every base image pinned: a version tag that is not latest, or a digest. */
  static List<Violation> pinnedBase(Dockerfile file) {
    String rule = "pinned-base";
    List<Violation> violations = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Stage stage : file.stages()) {
      String image = stage.image();
      int line = stage.from().line();
      if (!names.contains(image.toLowerCase(Locale.ROOT))
          && !image.equals("scratch")
          && !image.contains("@sha256:")) {
        int slash = image.lastIndexOf('/');
        int colon = image.lastIndexOf(':');
        String tag = colon > slash ? image.substring(colon + 1) : "";
        if (tag.isEmpty()) {
          violations.add(
              new Violation(
                  line,
                  rule,
                  image
                      + " has no tag, which means latest: pin a version (eclipse-temurin:17.0.13_11-jre) or a digest (@sha256:...)"));
        } else if (tag.equalsIgnoreCase("latest")) {
          violations.add(
              new Violation(
                  line,
                  rule,
                  image
                      + " moves with every release: pin a version tag or a digest, so a rebuild gives the same image"));
        } else if (tag.contains("$")) {
          violations.add(
              new Violation(
                  line,
                  rule,
                  image
                      + " takes its tag from a build argument: the Dockerfile alone no longer says which base it gets"));
        }
      }
      stage.name().ifPresent(names::add);
    }
    return violations;
  }

  /** The runtime stage switches to a user that is not root, before its entry point. */
  static List<Violation> nonRootUser(Dockerfile file) {
    String rule = "non-root-user";
    Stage runtime = last(file);
    Optional<Instruction> user = runtime.last("USER");
    if (user.isEmpty()) {
      return List.of(
          new Violation(
              runtime.from().line(),
              rule,
              "the runtime stage has no USER: the app runs as root; add USER 10001 (a numeric uid) before the ENTRYPOINT"));
    }
    String name = user.get().arguments().split(":", 2)[0].strip();
    if (name.equals("root") || name.equals("0")) {
      return List.of(
          new Violation(
              user.get().line(),
              rule,
              "USER "
                  + user.get().arguments()
                  + " is root: a process that escapes the app owns the container; use an unprivileged user such as 10001"));
    }
    for (String keyword : List.of("ENTRYPOINT", "CMD")) {
      Optional<Instruction> start = runtime.last(keyword);
      if (start.isPresent() && start.get().line() < user.get().line()) {
        return List.of(
            new Violation(
                user.get().line(),
                rule,
                "USER comes after the "
                    + keyword
                    + " at line "
                    + start.get().line()
                    + ": switch user before saying how the app starts"));
      }
    }
    return List.of();
  }

  /** The runtime stage says how to tell that the app is healthy. */
  static List<Violation> healthcheck(Dockerfile file) {
    String rule = "healthcheck";
    Stage runtime = last(file);
    Optional<Instruction> check = runtime.last("HEALTHCHECK");
    if (check.isEmpty()) {
      return List.of(
          new Violation(
              runtime.from().line(),
              rule,
              "the runtime stage has no HEALTHCHECK: add one (HEALTHCHECK CMD [\"java\", \"-cp\", ..., \"...HealthCheck\"]) so the engine knows when the app is up"));
    }
    if (check.get().arguments().equalsIgnoreCase("NONE")) {
      return List.of(
          new Violation(check.get().line(), rule, "HEALTHCHECK NONE turns the health check off"));
    }
    return List.of();
  }

  /** No ENV or ARG named like a secret carries a value: every layer's history shows it. */
  static List<Violation> noSecrets(Dockerfile file) {
    String rule = "no-secrets";
    List<Violation> violations = new ArrayList<>();
    for (Instruction instruction : file.instructions()) {
      if (!instruction.keyword().equals("ENV") && !instruction.keyword().equals("ARG")) {
        continue;
      }
      for (KeyValue pair : instruction.keyValues()) {
        String key = pair.key().toUpperCase(Locale.ROOT);
        boolean secret = SECRET_WORDS.stream().anyMatch(key::contains);
        if (secret && pair.value().filter(v -> !v.isEmpty()).isPresent()) {
          violations.add(
              new Violation(
                  instruction.line(),
                  rule,
                  instruction.keyword()
                      + " "
                      + pair.key()
                      + " has a value: a secret in ENV or ARG stays in the image and its history for everyone who pulls it; pass it at run time (an environment variable, a mounted secret)"));
        }
      }
    }
    return violations;
  }

  /** ENTRYPOINT and CMD of the runtime stage in exec form, and one of them at least. */
  static List<Violation> execForm(Dockerfile file) {
    String rule = "exec-form";
    Stage runtime = last(file);
    List<Violation> violations = new ArrayList<>();
    List<Instruction> starts = new ArrayList<>(runtime.all("ENTRYPOINT"));
    starts.addAll(runtime.all("CMD"));
    if (starts.isEmpty()) {
      violations.add(
          new Violation(
              runtime.from().line(),
              rule,
              "the runtime stage has no ENTRYPOINT: say how the app starts, ENTRYPOINT [\"java\", ...]"));
    }
    for (Instruction start : starts) {
      if (!start.isExecForm()) {
        violations.add(
            new Violation(
                start.line(),
                rule,
                start.keyword()
                    + " "
                    + start.arguments()
                    + " is the shell form: /bin/sh -c becomes PID 1 and the app never gets SIGTERM; write it as a JSON array [\"java\", ...]"));
      }
    }
    return violations;
  }

  /**
   * What the ignore file must keep out of the build context, and the rule broken if it does not.
   */
  static List<Violation> dockerignore(List<String> patterns) {
    String rule = "dockerignore";
    List<String> normalized = patterns.stream().map(DockerfileRules::normalize).toList();
    List<Violation> violations = new ArrayList<>();
    if (normalized.stream()
        .noneMatch(p -> Set.of("target", "build", "out", "target/*", "build/*").contains(p))) {
      violations.add(
          new Violation(
              0,
              rule,
              "Dockerfile.dockerignore does not keep out the build output (target/): stale classes and jars would be sent to the daemon and could end up in the image"));
    }
    if (!normalized.contains(".git")) {
      violations.add(
          new Violation(
              0,
              rule,
              "Dockerfile.dockerignore does not keep out .git: the whole history, and any secret ever committed, goes into the build context"));
    }
    if (normalized.stream()
        .noneMatch(
            p ->
                Set.of(".env", "*.env", "*.pem", "*.key", "secrets", "secrets/*", "*.p12")
                    .contains(p))) {
      violations.add(
          new Violation(
              0,
              rule,
              "Dockerfile.dockerignore keeps no secrets file out (.env, *.pem, *.key, secrets/): one COPY . and they are in the image"));
    }
    return violations;
  }

  private static String normalize(String pattern) {
    String p = pattern.strip();
    while (p.startsWith("**/")) {
      p = p.substring(3);
    }
    if (p.startsWith("/")) {
      p = p.substring(1);
    }
    if (p.endsWith("/**")) {
      p = p.substring(0, p.length() - 3);
    }
    if (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p;
  }
}
