/**
 * Exercise {@code ci-cd/pipeline-dag}: a GitHub Actions workflow read as a graph of jobs joined by
 * {@code needs}; its stages in order, cycles and unknown jobs reported with file and line, and a
 * run in which the dependents of a failed job are skipped.
 */
package dev.roadmapkit.cicd.pipelinedag;
