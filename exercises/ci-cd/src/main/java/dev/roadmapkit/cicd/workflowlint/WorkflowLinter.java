package dev.roadmapkit.cicd.workflowlint;

import java.util.List;

/**
 * Exercise {@code ci-cd/workflow-lint}: lint a GitHub Actions workflow for five habits of a safe
 * pipeline and return one {@link Finding} per problem, ordered by line, then by {@link Rule} order.
 * Each finding names the file, the line of the key it is about ({@link WorkflowSource#line}), the
 * job and the step, and a message that says why it matters and what to do.
 *
 * <p>Steps are the items of a job's {@code steps} list; a step is named by its {@code name}, else
 * by its {@code uses}, else {@code #n} (its position from 1). The rules:
 *
 * <ol>
 *   <li>{@link Rule#PINNED_ACTIONS}: a step's {@code uses: owner/repo[/path]@ref} must have a ref of
 *       exactly 40 hexadecimal digits (a full commit SHA: a tag or branch can be moved to other
 *       code, a short SHA can become ambiguous); a {@code uses} without {@code @} is flagged too.
 *       Fine without a SHA: local actions ({@code ./...}), actions whose owner is in {@link
 *       LintConfig#trustedOwners}, and {@code docker://} images pinned by digest ({@code
 *       @sha256:} and 64 hex digits); a {@code docker://} image by tag is flagged. At the line of
 *       {@code uses}. (A job-level {@code uses}, which calls a reusable workflow, is not checked.)
 *   <li>{@link Rule#PERMISSIONS}: a workflow without top-level {@code permissions} is flagged (job
 *       "", step "", line 1): the token then gets the repository's default, often write access to
 *       everything. {@code permissions: write-all}, at the top or in a job, is flagged at its line.
 *       (Whether a job uses the write scopes it asks for is not checked: that needs to know what
 *       each action does.)
 *   <li>{@link Rule#TIMEOUT}: every job has its own {@code timeout-minutes} (GitHub's default is
 *       360 minutes); a step's timeout does not count. Flagged at the job's line. A job that calls
 *       a reusable workflow (a job-level {@code uses}) cannot set one and is not flagged.
 *   <li>{@link Rule#SECRET_ECHO}: a step's {@code run} that has, on one line, the command {@code
 *       echo} or {@code printf} (as a word) and an expression {@code ${{ secrets.NAME }}} (spaces
 *       inside the braces optional); or that turns on tracing ({@code set -x}, or any {@code set}
 *       option group with x such as {@code set -ex}) while an {@code env} of the step, its job or
 *       the workflow holds a {@code secrets.} expression. At most one finding per step, at the line
 *       of {@code run}.
 *   <li>{@link Rule#PULL_REQUEST_TARGET}: when the workflow is triggered by {@code
 *       pull_request_target} (under {@code on}, or {@code true} where a YAML 1.1 tool rewrote that
 *       key; as a single event, a list or a mapping), a step that uses {@code actions/checkout}
 *       with a {@code with.ref} mentioning {@code github.event.pull_request.head.sha}, {@code
 *       github.event.pull_request.head.ref} or {@code github.head_ref} is flagged at the line of
 *       {@code ref}: it runs the pull request's code with the base repository's secrets and
 *       write token.
 * </ol>
 *
 * <p>Jobs are the keys of {@code jobs} in file order; a file without a {@code jobs} mapping has no
 * job findings.
 */
public final class WorkflowLinter {

  private WorkflowLinter() {}

  /** The findings of one workflow, ordered by line, then by rule. */
  public static List<Finding> lint(WorkflowSource source, LintConfig config) {
    throw new UnsupportedOperationException(
        "TODO ci-cd/workflow-lint: go through the jobs and their steps; one check per rule, each"
            + " adding a Finding at the line of the key it is about");
  }
}
