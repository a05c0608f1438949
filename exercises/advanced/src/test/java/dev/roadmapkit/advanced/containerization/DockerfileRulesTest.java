package dev.roadmapkit.advanced.containerization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmapkit.advanced.containerization.DockerfileRules.Violation;
import dev.roadmapkit.support.docker.Dockerfile;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Your Dockerfile ({@code src/main/resources/docker/Dockerfile}), parsed with the kit's Dockerfile
 * parser, against the rules of a good image; each failure names the line and the rule. After your
 * file, each rule is also shown on the kit's own fixtures (a good Dockerfile and a bad one), so you
 * can see exactly what it accepts and rejects.
 */
@DisplayName("advanced/containerization: your Dockerfile follows the rules of a good image")
class DockerfileRulesTest {

  private static void assertFollows(String rule, Function<Dockerfile, List<Violation>> check) {
    Dockerfile yours = LearnerFiles.dockerfile();
    List<Violation> violations = check.apply(yours);
    assertThat(violations)
        .as(
            "%s breaks the rule '%s':%s",
            LearnerFiles.DOCKERFILE, rule, DockerfileRules.describe(violations))
        .isEmpty();
  }

  /** The rule on the kit's fixtures: the good one passes, the bad one breaks it on these lines. */
  private static void assertRuleOnFixtures(
      Function<Dockerfile, List<Violation>> check, String bad, Integer... lines) {
    assertThat(check.apply(LearnerFiles.fixture("good.Dockerfile")))
        .as("the rule accepts the kit's good.Dockerfile")
        .isEmpty();
    assertThat(check.apply(LearnerFiles.fixture(bad)))
        .as("the rule rejects the kit's %s", bad)
        .extracting(Violation::line)
        .containsExactly(lines);
  }

  @Test
  @DisplayName("multi-stage: a build stage, and a runtime stage that copies only --from it")
  void multiStage() {
    assertFollows("multi-stage", DockerfileRules::multiStage);
    assertRuleOnFixtures(DockerfileRules::multiStage, "single-stage.Dockerfile", 1);
    assertRuleOnFixtures(DockerfileRules::multiStage, "copy-from-context.Dockerfile", 5);
  }

  @Test
  @DisplayName("pinned base images: a version tag that is not latest, or a @sha256 digest")
  void pinnedBase() {
    assertFollows("pinned-base", DockerfileRules::pinnedBase);
    assertRuleOnFixtures(DockerfileRules::pinnedBase, "unpinned.Dockerfile", 1, 4);
  }

  @Test
  @DisplayName("a non-root USER (not root, not 0) in the runtime stage, before the ENTRYPOINT")
  void nonRootUser() {
    assertFollows("non-root-user", DockerfileRules::nonRootUser);
    assertRuleOnFixtures(DockerfileRules::nonRootUser, "root-user.Dockerfile", 7);
  }

  @Test
  @DisplayName("a HEALTHCHECK in the runtime stage")
  void healthcheck() {
    assertFollows("healthcheck", DockerfileRules::healthcheck);
    assertRuleOnFixtures(DockerfileRules::healthcheck, "no-healthcheck.Dockerfile", 4);
  }

  @Test
  @DisplayName("no secrets in ENV or ARG: no PASSWORD, TOKEN, SECRET or KEY with a value")
  void noSecrets() {
    assertFollows("no-secrets", DockerfileRules::noSecrets);
    assertRuleOnFixtures(DockerfileRules::noSecrets, "secrets.Dockerfile", 1, 7);
  }

  @Test
  @DisplayName(
      "ENTRYPOINT and CMD in exec form (a JSON array), so the app is PID 1 and gets SIGTERM")
  void execForm() {
    assertFollows("exec-form", DockerfileRules::execForm);
    assertRuleOnFixtures(DockerfileRules::execForm, "shell-entrypoint.Dockerfile", 7);
    assertRuleOnFixtures(DockerfileRules::execForm, "shell-cmd.Dockerfile", 8);
  }

  @Test
  @DisplayName("Dockerfile.dockerignore keeps target/, .git and secrets files out of the context")
  void dockerignore() {
    List<String> patterns = LearnerFiles.ignorePatterns();
    List<Violation> violations = DockerfileRules.dockerignore(patterns);
    assertThat(violations)
        .as(
            "%s with the patterns %s breaks the rule 'dockerignore':%s",
            LearnerFiles.IGNORE_FILE, patterns, DockerfileRules.describe(violations))
        .isEmpty();
    assertThat(
            DockerfileRules.dockerignore(
                LearnerFiles.patterns(LearnerFiles.fixtureText("good.dockerignore"))))
        .as("the rule accepts the kit's good.dockerignore")
        .isEmpty();
    assertThat(
            DockerfileRules.dockerignore(
                LearnerFiles.patterns(LearnerFiles.fixtureText("bad.dockerignore"))))
        .as("the rule rejects the kit's bad.dockerignore: no .git, no secrets file")
        .hasSize(2);
  }
}
