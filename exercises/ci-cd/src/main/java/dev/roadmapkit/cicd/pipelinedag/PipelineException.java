package dev.roadmapkit.cicd.pipelinedag;

import java.util.Objects;

/**
 * Given: a workflow whose jobs do not form a pipeline (a need that names no job, a cycle, a {@code
 * jobs:} that is not a mapping). Do not change this class.
 *
 * <p>Its message reads {@code ci.yml:12: job 'deploy': needs 'biuld', which is not a job ...}.
 */
public final class PipelineException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final String job;
  private final String problem;

  /**
   * @param file the workflow file's name
   * @param line the line the problem is on (from 1)
   * @param job the job it is about, or {@code ""} for the whole file
   * @param problem what is wrong and what to do
   */
  public PipelineException(String file, int line, String job, String problem) {
    super(file + ":" + line + ": " + (job.isEmpty() ? "" : "job '" + job + "': ") + problem);
    this.file = Objects.requireNonNull(file, "file");
    this.line = line;
    this.job = Objects.requireNonNull(job, "job");
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  /** The workflow file's name. */
  public String file() {
    return file;
  }

  /** The line of the problem, from 1. */
  public int line() {
    return line;
  }

  /** The job it is about, or {@code ""}. */
  public String job() {
    return job;
  }

  /** What is wrong, without the file and line. */
  public String problem() {
    return problem;
  }
}
