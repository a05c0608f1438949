package dev.roadmapkit.cicd.pipelinedag;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Given: a workflow as a pipeline of jobs. Do not change this record.
 *
 * @param file the file's name, for messages
 * @param triggers the events under {@code on:}, in the order the file lists them
 * @param jobs the jobs in the order of the file; their names are unique
 */
public record Workflow(String file, List<String> triggers, List<Job> jobs) {

  /** Copies the lists and refuses two jobs of one name. */
  public Workflow {
    Objects.requireNonNull(file, "file");
    triggers = List.copyOf(triggers);
    jobs = List.copyOf(jobs);
    Set<String> names = new HashSet<>();
    for (Job job : jobs) {
      if (!names.add(job.name())) {
        throw new IllegalArgumentException(file + ": two jobs are named " + job.name());
      }
    }
  }

  /** The job of that name. */
  public Optional<Job> job(String name) {
    return jobs.stream().filter(j -> j.name().equals(name)).findFirst();
  }
}
