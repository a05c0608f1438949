package dev.roadmapkit.cicd.workflowlint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Label;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Label("ci-cd/workflow-lint: WorkflowLinter")
class WorkflowLinterTest {

  private static final String SHA = "b4ffde65f46336ab88eb53be808477a3936bae11";

  private static WorkflowSource fixture(String name) {
    try (InputStream in = WorkflowLinterTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test fixture " + name);
      }
      return WorkflowSource.of(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Each finding as "file:line rule job/step", the part a reviewer compares. */
  private static List<String> where(List<Finding> findings) {
    return findings.stream().map(Finding::where).toList();
  }

  private static List<String> strict(String fixture) {
    return where(WorkflowLinter.lint(fixture(fixture), LintConfig.strict()));
  }

  // --- pinned actions ---

  @Test
  @DisplayName("pinned-good.yml: full commit SHAs, a local action and a docker digest are fine")
  void pinnedGood() {
    assertThat(strict("pinned-good.yml"))
        .as(
            "pinned-good.yml: every uses is a 40-hex SHA, ./ (local, versioned with the repository)"
                + " or docker://...@sha256:<64 hex>; and the file keeps the other rules too")
        .isEmpty();
  }

  @Test
  @DisplayName("pinned-bad.yml: a tag, a branch, a short SHA, 39 digits, no ref, a docker tag")
  void pinnedBad() {
    assertThat(strict("pinned-bad.yml"))
        .as(
            "pinned-bad.yml, job build, strict (no owner trusted): each uses whose ref is not"
                + " exactly 40 hex digits, by line; line 19 (a full SHA) and line 20 (run) are fine")
        .containsExactly(
            "pinned-bad.yml:11 pinned-actions build/actions/checkout@v4",
            "pinned-bad.yml:13 pinned-actions build/Set up Gradle",
            "pinned-bad.yml:14 pinned-actions build/codecov/codecov-action@e28ff12",
            "pinned-bad.yml:15 pinned-actions build/some-org/deploy-action@main",
            "pinned-bad.yml:16 pinned-actions build/docker://hadolint/hadolint:2.12.0",
            "pinned-bad.yml:17 pinned-actions build/some-org/no-ref",
            "pinned-bad.yml:18 pinned-actions"
                + " build/some-org/one-short@b4ffde65f46336ab88eb53be808477a3936bae1");
  }

  @Test
  @DisplayName("a short SHA is not a pin: e28ff12 is flagged, with a message that says what to do")
  void shortShaIsFlagged() {
    List<Finding> findings = WorkflowLinter.lint(fixture("pinned-bad.yml"), LintConfig.strict());
    Optional<Finding> shortSha = findings.stream().filter(f -> f.line() == 14).findFirst();
    assertThat(shortSha)
        .as("pinned-bad.yml line 14: codecov/codecov-action@e28ff12 (7 hex digits) is flagged")
        .isPresent();
    Finding finding = shortSha.orElseThrow();
    assertThat(finding.rule()).as("the rule").isEqualTo(Rule.PINNED_ACTIONS);
    assertThat(finding.file()).as("the file").isEqualTo("pinned-bad.yml");
    assertThat(finding.job()).as("the job").isEqualTo("build");
    assertThat(finding.step())
        .as("a step without name is named by its uses")
        .isEqualTo("codecov/codecov-action@e28ff12");
    assertThat(finding.message())
        .as("the message quotes the uses and says to pin the full 40-character commit SHA")
        .contains("codecov/codecov-action@e28ff12")
        .contains("40");
  }

  @Test
  @DisplayName("an allow-list of owners: actions/* by tag is accepted, other owners still flagged")
  void trustedOwners() {
    assertThat(
            where(WorkflowLinter.lint(fixture("pinned-bad.yml"), LintConfig.trusting("actions"))))
        .as(
            "pinned-bad.yml trusting the owner actions: actions/checkout@v4 (line 11) is fine;"
                + " gradle/actions/... belongs to the owner gradle, still flagged")
        .containsExactly(
            "pinned-bad.yml:13 pinned-actions build/Set up Gradle",
            "pinned-bad.yml:14 pinned-actions build/codecov/codecov-action@e28ff12",
            "pinned-bad.yml:15 pinned-actions build/some-org/deploy-action@main",
            "pinned-bad.yml:16 pinned-actions build/docker://hadolint/hadolint:2.12.0",
            "pinned-bad.yml:17 pinned-actions build/some-org/no-ref",
            "pinned-bad.yml:18 pinned-actions"
                + " build/some-org/one-short@b4ffde65f46336ab88eb53be808477a3936bae1");
  }

  // --- permissions ---

  @Test
  @DisplayName("permissions-missing.yml: no top-level permissions is flagged at line 1")
  void permissionsMissing() {
    List<Finding> findings =
        WorkflowLinter.lint(fixture("permissions-missing.yml"), LintConfig.strict());
    assertThat(where(findings))
        .as("permissions-missing.yml has no permissions key: one finding for the whole file")
        .containsExactly("permissions-missing.yml:1 permissions");
    assertThat(findings.get(0).message())
        .as("the message says what to add")
        .contains("contents: read");
  }

  @Test
  @DisplayName("permissions-write-all.yml: write-all at the top and in a job, each at its line")
  void permissionsWriteAll() {
    assertThat(strict("permissions-write-all.yml"))
        .as(
            "permissions-write-all.yml: line 4 (top level) and line 15 (job publish) ask for"
                + " write-all; job comment's single write scope (line 21) is not checked")
        .containsExactly(
            "permissions-write-all.yml:4 permissions",
            "permissions-write-all.yml:15 permissions publish");
    assertThat(strict("permissions-good.yml"))
        .as("permissions-good.yml: read at the top, one job widens to contents: write")
        .isEmpty();
  }

  // --- timeouts ---

  @Test
  @DisplayName("timeout-bad.yml: each job without its own timeout-minutes, at the job's line")
  void timeouts() {
    List<Finding> findings = WorkflowLinter.lint(fixture("timeout-bad.yml"), LintConfig.strict());
    assertThat(where(findings))
        .as(
            "timeout-bad.yml: job test (line 6) has no timeout; job integration (line 11) has"
                + " one on a step only, which bounds that step, not the job; lint has one")
        .containsExactly(
            "timeout-bad.yml:6 timeout test", "timeout-bad.yml:11 timeout integration");
    assertThat(findings.get(0).message())
        .as("the message names the key to set")
        .contains("timeout-minutes");
    assertThat(strict("timeout-good.yml"))
        .as("timeout-good.yml: a job with a timeout, and one that calls a reusable workflow")
        .isEmpty();
  }

  @Test
  @DisplayName("a timeout-minutes at the top of the file does not give the jobs one")
  void topLevelTimeoutDoesNotCount() {
    String yaml =
        "on: push\n"
            + "permissions:\n"
            + "  contents: read\n"
            + "timeout-minutes: 30\n"
            + "jobs:\n"
            + "  build:\n"
            + "    runs-on: ubuntu-latest\n"
            + "    steps:\n"
            + "      - run: make\n";
    assertThat(where(WorkflowLinter.lint(WorkflowSource.of("ci.yml", yaml), LintConfig.strict())))
        .as(
            "ci.yml line 6, job build: GitHub knows timeout-minutes per job (and step), not per file")
        .containsExactly("ci.yml:6 timeout build");
  }

  // --- secrets ---

  @Test
  @DisplayName("secrets-bad.yml: echo, printf, and set -x where a secret is in env")
  void secretsPrinted() {
    List<Finding> findings = WorkflowLinter.lint(fixture("secrets-bad.yml"), LintConfig.strict());
    assertThat(where(findings))
        .as(
            "secrets-bad.yml: line 14 echoes a secret, line 16 printf's one (spaces inside ${{ }}"
                + " are optional), line 20 set -ex with the job's env holding a secret, line 33"
                + " set -x with the step's env holding one (a step without name or uses is #n);"
                + " line 28's set -x sees no secret")
        .containsExactly(
            "secrets-bad.yml:14 secret-echo publish/Debug the token",
            "secrets-bad.yml:16 secret-echo publish/Write .npmrc",
            "secrets-bad.yml:20 secret-echo publish/Publish",
            "secrets-bad.yml:33 secret-echo deploy/#2");
    assertThat(findings.get(0).message())
        .as("the message quotes the command that prints the secret")
        .contains("echo \"token is ${{ secrets.NPM_TOKEN }}\"");
    assertThat(findings.get(2).message())
        .as("line 20: the message quotes the tracing command and says why it leaks")
        .contains("set -ex")
        .contains("set -x");
  }

  @Test
  @DisplayName("a secret in the workflow's env makes set -eux in any step a leak")
  void workflowEnvSecret() {
    assertThat(strict("secrets-workflow-env.yml"))
        .as("secrets-workflow-env.yml line 13: set -eux traces, and env at the top holds a secret")
        .containsExactly("secrets-workflow-env.yml:13 secret-echo scan/#1");
    assertThat(strict("secrets-good.yml"))
        .as(
            "secrets-good.yml: a secret in env, an echo of a non-secret, a secret passed to curl"
                + " and to echoes.sh (not the word echo), and set -x without secrets are fine")
        .isEmpty();
  }

  // --- pull_request_target ---

  @Test
  @DisplayName("pr-target-bad.yml: pull_request_target checking out head.sha is flagged at ref")
  void pullRequestTargetHeadSha() {
    List<Finding> findings = WorkflowLinter.lint(fixture("pr-target-bad.yml"), LintConfig.strict());
    assertThat(where(findings))
        .as("pr-target-bad.yml line 17: ref: ${{ github.event.pull_request.head.sha }}")
        .containsExactly(
            "pr-target-bad.yml:17 pull-request-target test/Check out the pull request");
    assertThat(findings.get(0).message())
        .as("the message says why: the pull request's code runs with the base's secrets")
        .contains("secrets");
  }

  @Test
  @DisplayName("pr-target-head-ref.yml: head.ref, under the key true a YAML 1.1 tool wrote for on")
  void pullRequestTargetHeadRefUnderTrue() {
    assertThat(strict("pr-target-head-ref.yml"))
        .as(
            "pr-target-head-ref.yml: the trigger list is under the key true (YAML 1.1 reads an"
                + " unquoted on as true, and PyYAML writes it back so); line 15 checks out"
                + " github.event.pull_request.head.ref")
        .containsExactly(
            "pr-target-head-ref.yml:15 pull-request-target build/actions/checkout@" + SHA);
  }

  @Test
  @DisplayName("on: pull_request_target as a single event, with github.head_ref, is flagged")
  void pullRequestTargetSingleEvent() {
    String yaml =
        "on: pull_request_target\n"
            + "permissions: {}\n"
            + "jobs:\n"
            + "  test:\n"
            + "    runs-on: ubuntu-latest\n"
            + "    timeout-minutes: 5\n"
            + "    steps:\n"
            + "      - uses: actions/checkout@"
            + SHA
            + "\n"
            + "        with:\n"
            + "          ref: ${{ github.head_ref }}\n";
    assertThat(where(WorkflowLinter.lint(WorkflowSource.of("ci.yml", yaml), LintConfig.strict())))
        .as("ci.yml line 10: github.head_ref is the pull request's branch, like head.ref")
        .containsExactly("ci.yml:10 pull-request-target test/actions/checkout@" + SHA);
  }

  @Test
  @DisplayName("no false alarm: pull_request_target without the head, pull_request with it")
  void pullRequestTargetGood() {
    assertThat(strict("pr-target-good.yml"))
        .as(
            "pr-target-good.yml: pull_request_target checking out the base (no ref) and a ref"
                + " on another action are safe")
        .isEmpty();
    assertThat(strict("pr-head-on-pull-request.yml"))
        .as(
            "pr-head-on-pull-request.yml: on: [push, pull_request] checking out head.sha is fine;"
                + " pull_request runs a fork's code without the base's secrets")
        .isEmpty();
    String headCheckout =
        "permissions: {}\n"
            + "jobs:\n"
            + "  test:\n"
            + "    runs-on: ubuntu-latest\n"
            + "    timeout-minutes: 5\n"
            + "    steps:\n"
            + "      - uses: actions/checkout@"
            + SHA
            + "\n"
            + "        with:\n"
            + "          ref: ${{ github.event.pull_request.head.sha }}\n";
    for (String on :
        List.of("on: pull_request\n", "on:\n  push:\n  pull_request:\n    branches: [main]\n")) {
      assertThat(
              WorkflowLinter.lint(
                  WorkflowSource.of("ci.yml", on + headCheckout), LintConfig.strict()))
          .as("ci.yml with %s and a checkout of head.sha: not pull_request_target, no finding", on)
          .isEmpty();
    }
  }

  // --- order ---

  @Test
  @DisplayName("findings on one line come in rule order: pinned, permissions, timeout")
  void orderOnOneLine() {
    String yaml = "{on: push, jobs: {build: {runs-on: x, steps: [{uses: some-org/tool@v1}]}}}\n";
    assertThat(where(WorkflowLinter.lint(WorkflowSource.of("flow.yml", yaml), LintConfig.strict())))
        .as("flow.yml: all on line 1, so ordered by rule (the order of the Rule enum)")
        .containsExactly(
            "flow.yml:1 pinned-actions build/some-org/tool@v1",
            "flow.yml:1 permissions",
            "flow.yml:1 timeout build");
  }

  @Test
  @DisplayName("findings of several rules come ordered by line")
  void orderByLine() {
    String yaml =
        "on: push\n"
            + "jobs:\n"
            + "  build:\n"
            + "    runs-on: ubuntu-latest\n"
            + "    steps:\n"
            + "      - run: echo ${{ secrets.TOKEN }}\n"
            + "      - uses: some-org/tool@v1\n";
    assertThat(where(WorkflowLinter.lint(WorkflowSource.of("ci.yml", yaml), LintConfig.strict())))
        .as("ci.yml: line 1 (no permissions), 3 (no timeout), 6 (echo), 7 (tag)")
        .containsExactly(
            "ci.yml:1 permissions",
            "ci.yml:3 timeout build",
            "ci.yml:6 secret-echo build/#1",
            "ci.yml:7 pinned-actions build/some-org/tool@v1");
  }

  // --- this repository's own workflows ---

  /**
   * The root of this repository: the nearest directory above the module (where Maven and the
   * roadmap CLI run the tests) that holds both .github/workflows/kit.yml and exercises/ci-cd. An
   * exported classroom repository has no kit.yml, so there is nothing to find.
   */
  private static Optional<Path> repositoryRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve(".github/workflows/kit.yml"))
          && Files.isDirectory(dir.resolve("exercises/ci-cd"))) {
        return Optional.of(dir);
      }
    }
    return Optional.empty();
  }

  @Test
  @DisplayName("this repository's workflows: only the reviewed baseline of actions pinned by tag")
  void repositoryWorkflows() throws IOException {
    Optional<Path> root = repositoryRoot();
    Assumptions.assumeTrue(
        root.isPresent(),
        "not inside the Backend Roadmap Kit repository (no .github/workflows/kit.yml above "
            + Path.of("").toAbsolutePath()
            + "): nothing to lint");
    Path workflows = root.orElseThrow().resolve(".github/workflows");
    List<String> strict = new ArrayList<>();
    List<String> trusting = new ArrayList<>();
    try (Stream<Path> files = Files.list(workflows)) {
      for (Path file :
          files
              .filter(f -> f.toString().endsWith(".yml") || f.toString().endsWith(".yaml"))
              .sorted()
              .toList()) {
        strict.addAll(where(WorkflowLinter.lint(WorkflowSource.read(file), LintConfig.strict())));
        trusting.addAll(
            where(WorkflowLinter.lint(WorkflowSource.read(file), LintConfig.trusting("actions"))));
      }
    }
    // The reviewed baseline: kit.yml uses GitHub's own actions by their major tag (v4), which
    // the strict rule flags. They are trusted here on purpose (GitHub maintains them, and the
    // kit's CI takes their fixes without a pull request). Anything else is a new finding to fix
    // or to review into this list.
    assertThat(strict)
        .as(
            "%s, strict: exactly the six actions of kit.yml pinned by tag; a new finding here"
                + " means a workflow changed: fix it, or review it into this baseline",
            workflows)
        .containsExactly(
            "kit.yml:26 pinned-actions kit/actions/checkout@v4",
            "kit.yml:27 pinned-actions kit/actions/setup-java@v4",
            "kit.yml:35 pinned-actions kit/Restore what the kit build reuses",
            "kit.yml:44 pinned-actions kit/Keep the reports",
            "kit.yml:66 pinned-actions learner-path/actions/checkout@v4",
            "kit.yml:67 pinned-actions learner-path/actions/setup-java@v4");
    assertThat(trusting)
        .as(
            "%s, trusting the owner actions: no findings (kit.yml has top-level permissions"
                + " contents: read, a timeout on each job, no secrets and no pull_request_target)",
            workflows)
        .isEmpty();
  }
}
