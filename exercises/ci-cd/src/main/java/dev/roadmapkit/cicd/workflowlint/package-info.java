/**
 * Exercise {@code ci-cd/workflow-lint}: a linter of GitHub Actions workflows for the habits of a
 * safe pipeline: actions pinned to a commit, least-privilege permissions, timeouts, no secrets
 * printed, and no untrusted code checked out under {@code pull_request_target}.
 */
package dev.roadmapkit.cicd.workflowlint;
