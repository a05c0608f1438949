package dev.roadmapkit.cicd.workflowlint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Exercise {@code ci-cd/workflow-lint}: a linter of GitHub Actions workflows.
 *
 * <p>Key idea: walk the tree once, job by job and step by step, and keep every check a small
 * predicate on one node, reporting at the line of the key it reads. Trade-off: text patterns on
 * {@code run:} (echo, printf, set -x) catch the common leaks, not every shell that prints a secret
 * (a variable copied first, a script file); a linter is a net for habits, not a proof.
 */
public final class WorkflowLinter {

  private static final Pattern FULL_SHA = Pattern.compile("[0-9a-fA-F]{40}");
  private static final Pattern DOCKER_DIGEST = Pattern.compile(".*@sha256:[0-9a-f]{64}");
  private static final Pattern SECRET = Pattern.compile("\\$\\{\\{\\s*secrets\\.");
  private static final Pattern PRINTS = Pattern.compile("\\b(echo|printf)\\b");
  private static final Pattern TRACE = Pattern.compile("\\bset\\s+-[a-zA-Z]*x");
  private static final Pattern HEAD =
      Pattern.compile("github\\.event\\.pull_request\\.head\\.(sha|ref)\\b|github\\.head_ref\\b");

  private WorkflowLinter() {}

  /** The findings of one workflow, ordered by line, then by rule. */
  public static List<Finding> lint(WorkflowSource source, LintConfig config) {
    List<Finding> findings = new ArrayList<>();
    String file = source.file();

    JsonNode permissions = source.node("permissions");
    if (permissions.isMissingNode()) {
      findings.add(
          new Finding(
              Rule.PERMISSIONS,
              file,
              1,
              "",
              "",
              "no top-level permissions: the GITHUB_TOKEN gets the repository's default, often"
                  + " write access to everything; add 'permissions: contents: read' and widen it"
                  + " per job where needed"));
    } else {
      checkWriteAll(source, permissions, "", findings, "permissions");
    }
    boolean pullRequestTarget = triggeredBy(source, "pull_request_target");
    boolean workflowSecrets = mentionsSecret(source.node("env"));

    JsonNode jobs = source.node("jobs");
    for (Iterator<String> names = jobs.fieldNames(); names.hasNext(); ) {
      String job = names.next();
      JsonNode node = jobs.get(job);
      checkWriteAll(source, node.path("permissions"), job, findings, "jobs", job, "permissions");
      if (!node.has("timeout-minutes")
          && !node.has("uses")
          && source.node("timeout-minutes").isMissingNode()) {
        findings.add(
            new Finding(
                Rule.TIMEOUT,
                file,
                source.line("jobs", job),
                job,
                "",
                "has no timeout-minutes: a hung job runs for GitHub's default of 6 hours; set"
                    + " timeout-minutes on the job to a little more than its usual time"));
      }
      boolean jobSecrets = workflowSecrets || mentionsSecret(node.path("env"));
      JsonNode steps = node.path("steps");
      for (int i = 0; i < steps.size(); i++) {
        String index = String.valueOf(i);
        JsonNode step = steps.get(i);
        String stepName = stepName(step, i);
        if (step.has("uses")) {
          String uses = step.get("uses").asText();
          int line = source.line("jobs", job, "steps", index, "uses");
          checkPinned(file, line, job, stepName, uses, config, findings);
          if (pullRequestTarget && uses.startsWith("actions/checkout")) {
            String ref = step.path("with").path("ref").asText("");
            if (HEAD.matcher(ref).find()) {
              findings.add(
                  new Finding(
                      Rule.PULL_REQUEST_TARGET,
                      file,
                      source.line("jobs", job, "steps", index, "with", "ref"),
                      job,
                      stepName,
                      "checks out the pull request's head ("
                          + ref
                          + ") under pull_request_target, which runs with the base repository's"
                          + " secrets and a write token: untrusted code gets them. Use"
                          + " pull_request for code from forks, or check out the base only"));
            }
          }
        }
        if (step.has("run")) {
          String run = step.get("run").asText();
          boolean stepSecrets = jobSecrets || mentionsSecret(step.path("env"));
          String leak = leak(run, stepSecrets);
          if (leak != null) {
            findings.add(
                new Finding(
                    Rule.SECRET_ECHO,
                    file,
                    source.line("jobs", job, "steps", index, "run"),
                    job,
                    stepName,
                    leak));
          }
        }
      }
    }
    findings.sort(Comparator.comparingInt(Finding::line).thenComparing(Finding::rule));
    return List.copyOf(findings);
  }

  private static void checkWriteAll(
      WorkflowSource source,
      JsonNode permissions,
      String job,
      List<Finding> findings,
      String... at) {
    if (permissions.isTextual() && permissions.asText().equals("write-all")) {
      findings.add(
          new Finding(
              Rule.PERMISSIONS,
              source.file(),
              source.line(at),
              job,
              "",
              "permissions: write-all gives the token write access to every scope; list only the"
                  + " scopes the job needs, such as contents: read"));
    }
  }

  private static void checkPinned(
      String file,
      int line,
      String job,
      String step,
      String uses,
      LintConfig config,
      List<Finding> findings) {
    if (uses.startsWith("./")) {
      return;
    }
    if (uses.startsWith("docker://")) {
      if (!DOCKER_DIGEST.matcher(uses).matches()) {
        findings.add(
            new Finding(
                Rule.PINNED_ACTIONS,
                file,
                line,
                job,
                step,
                "uses the image "
                    + uses
                    + " by tag, which can be pushed again with other content; pin it by digest:"
                    + " docker://image@sha256:<digest>"));
      }
      return;
    }
    String owner = uses.substring(0, Math.max(uses.indexOf('/'), 0));
    if (config.trustedOwners().contains(owner)) {
      return;
    }
    String ref = uses.contains("@") ? uses.substring(uses.indexOf('@') + 1) : "";
    if (!FULL_SHA.matcher(ref).matches()) {
      findings.add(
          new Finding(
              Rule.PINNED_ACTIONS,
              file,
              line,
              job,
              step,
              "uses "
                  + uses
                  + ", which is not pinned to a commit: a tag or branch can be moved to other code"
                  + " and a short SHA can become ambiguous; pin the full 40-character commit SHA"
                  + " and keep the version in a comment (@<sha> # v4)"));
    }
  }

  private static String leak(String run, boolean secretsInEnv) {
    for (String line : run.split("\n", -1)) {
      if (PRINTS.matcher(line).find() && SECRET.matcher(line).find()) {
        return "prints a secret ("
            + line.strip()
            + "): the log is readable by everyone who can see the run, and masking misses"
            + " transformed values; pass the secret in env and never print it";
      }
      if (secretsInEnv && TRACE.matcher(line).find()) {
        return "turns on shell tracing ("
            + line.strip()
            + ") while a secret is in env: set -x prints every command with its variables"
            + " expanded; remove set -x from steps that see secrets";
      }
    }
    return null;
  }

  private static boolean mentionsSecret(JsonNode env) {
    for (JsonNode value : env) {
      if (SECRET.matcher(value.asText()).find()) {
        return true;
      }
    }
    return false;
  }

  private static boolean triggeredBy(WorkflowSource source, String event) {
    // YAML 1.1 tools turn the key on into true; Jackson keeps an unquoted on as "on".
    JsonNode on = source.node("on").isMissingNode() ? source.node("true") : source.node("on");
    if (on.isObject()) {
      return on.has(event);
    }
    if (on.isArray()) {
      for (JsonNode item : on) {
        if (item.asText().equals(event)) {
          return true;
        }
      }
      return false;
    }
    return on.asText().equals(event);
  }

  private static String stepName(JsonNode step, int index) {
    if (step.hasNonNull("name")) {
      return step.get("name").asText();
    }
    if (step.hasNonNull("uses")) {
      return step.get("uses").asText();
    }
    return "#" + (index + 1);
  }
}
