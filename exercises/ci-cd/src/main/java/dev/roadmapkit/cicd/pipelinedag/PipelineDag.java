package dev.roadmapkit.cicd.pipelinedag;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Exercise {@code ci-cd/pipeline-dag}: a GitHub Actions workflow is a graph: each job runs after
 * the jobs it {@code needs}. Read the graph from the YAML, order it into stages, report what makes
 * it no pipeline, and simulate a run in which some jobs fail.
 *
 * <p>Messages about a workflow are {@link PipelineException}s that name the file, the line and the
 * job ({@link WorkflowSource#line} gives the lines).
 */
public final class PipelineDag {

  private PipelineDag() {}

  /**
   * Reads a workflow's pipeline.
   *
   * <ul>
   *   <li>{@code triggers}: the events under the top-level key {@code on} (or {@code true}, the key
   *       a YAML 1.1 tool writes for {@code on}): a single event ({@code on: push}), a list ({@code
   *       on: [push, pull_request]}) or a mapping (its keys); in file order; empty when there is no
   *       such key;
   *   <li>{@code jobs}: one {@link Job} per key of the top-level mapping {@code jobs}, in file
   *       order. {@code needs} is a single job ({@code needs: build}, one need) or a list of them;
   *       absent means none. Names are taken exactly as written ({@link WorkflowSource#text}: a job
   *       {@code 3.10} needed as {@code needs: [3.10]} is "3.10", not the number 3.1). {@code if}
   *       is kept as written, or empty. {@code line} is the line of the job's key, {@code
   *       needsLine} of its {@code needs} key (the job's line when it has none).
   * </ul>
   *
   * @throws PipelineException when there is no {@code jobs} mapping (line 1, job ""), a job is not
   *     a mapping, or {@code needs} is neither a scalar nor a list of scalars (at its line)
   */
  public static Workflow parse(WorkflowSource source) {
    throw new UnsupportedOperationException(
        "TODO ci-cd/pipeline-dag: walk source.node(\"jobs\") in order; needs is a text or a list,"
            + " each name as source.text(...) gives it");
  }

  /**
   * The stages of the pipeline in order: stage 0 holds the jobs that need nothing; each later stage
   * holds the jobs all of whose needs are in earlier stages and that are not in one already (so a
   * job comes right after the LAST of its needs to run). Inside a stage the jobs are sorted by name
   * ({@link String#compareTo}).
   *
   * @throws PipelineException when a job needs a name that is no job of the workflow (at the job's
   *     {@code needsLine}; the message names the unknown job), checked for the jobs in file order
   *     and their needs in order; or when the needs form a cycle: the message contains the cycle of
   *     {@link #findCycle} written as {@code build -> test -> build}, at the line of the cycle's
   *     first job, which is the job named
   */
  public static List<List<String>> stages(Workflow workflow) {
    throw new UnsupportedOperationException(
        "TODO ci-cd/pipeline-dag: stage by stage, the jobs whose needs are all placed already");
  }

  /**
   * The first cycle of the needs, or empty when there is none. It is found by a depth-first search
   * that starts from each job in file order and follows each job's needs in the order listed; when
   * it reaches a job that is on its current path, the cycle is that path from that job on, then the
   * job again: {@code [build, test, build]} when build needs test and test needs build ({@code
   * [build, build]} when build needs itself). Needs naming no job are not followed.
   */
  public static Optional<List<String>> findCycle(Workflow workflow) {
    throw new UnsupportedOperationException(
        "TODO ci-cd/pipeline-dag: depth-first search with the current path; a need on the path"
            + " closes a cycle");
  }

  /**
   * Simulates a run in which the jobs in {@code failing} fail when they run and every other job
   * passes. A job is {@link Outcome#SKIPPED} when any job it needs failed or was skipped (so the
   * jobs that depend on a failed job through others are skipped too), else it runs: FAILURE when it
   * is in {@code failing}, SUCCESS otherwise. {@code if:} conditions are not evaluated. The
   * outcomes are in stage order ({@link #stages}).
   *
   * @throws PipelineException as {@link #stages} does
   * @throws IllegalArgumentException when {@code failing} names a job the workflow does not have
   */
  public static RunResult simulate(Workflow workflow, Set<String> failing) {
    throw new UnsupportedOperationException(
        "TODO ci-cd/pipeline-dag: go through the stages in order; a job is skipped when a need did"
            + " not succeed");
  }
}
