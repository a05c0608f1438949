package dev.roadmapkit.cicd.pipelinedag;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Exercise {@code ci-cd/pipeline-dag}: a GitHub Actions workflow read as a graph of jobs, its
 * stages, its cycles and a simulated run.
 *
 * <p>Key idea: stages are Kahn's algorithm done in rounds: each round takes every job whose needs
 * are all placed, so a job lands one stage after the last of its needs (its longest path from a
 * root). A round that places nothing while jobs remain means a cycle, which a depth-first search
 * with the current path then names. Trade-off: rounds cost O(stages x jobs), nothing for a
 * workflow's dozens of jobs, and keep each stage's sorted order obvious.
 */
public final class PipelineDag {

  private PipelineDag() {}

  /** Reads a workflow's pipeline: triggers and jobs, names as written in the file. */
  public static Workflow parse(WorkflowSource source) {
    String file = source.file();
    List<String> triggers = new ArrayList<>();
    // YAML 1.1 tools write the key on as true; Jackson keeps an unquoted on as "on".
    String onKey = source.node("on").isMissingNode() ? "true" : "on";
    JsonNode on = source.node(onKey);
    if (on.isArray()) {
      for (int i = 0; i < on.size(); i++) {
        triggers.add(source.text(onKey, String.valueOf(i)).orElse(on.get(i).asText()));
      }
    } else if (on.isObject()) {
      on.fieldNames().forEachRemaining(triggers::add);
    } else if (!on.isMissingNode()) {
      triggers.add(source.text(onKey).orElse(on.asText()));
    }

    JsonNode jobs = source.node("jobs");
    if (!jobs.isObject()) {
      throw new PipelineException(
          file, 1, "", "has no 'jobs:' mapping; a workflow lists its jobs under jobs:");
    }
    List<Job> result = new ArrayList<>();
    for (Iterator<String> names = jobs.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      JsonNode job = jobs.get(name);
      int line = source.line("jobs", name);
      if (!job.isObject()) {
        throw new PipelineException(
            file, line, name, "is not a mapping; a job has keys such as runs-on, needs and steps");
      }
      JsonNode needsNode = job.path("needs");
      int needsLine = needsNode.isMissingNode() ? line : source.line("jobs", name, "needs");
      List<String> needs = new ArrayList<>();
      if (needsNode.isArray()) {
        for (int i = 0; i < needsNode.size(); i++) {
          Optional<String> need = source.text("jobs", name, "needs", String.valueOf(i));
          if (need.isEmpty()) {
            throw new PipelineException(
                file, needsLine, name, "needs holds a list item that is not a job's name");
          }
          needs.add(need.get());
        }
      } else if (needsNode.isValueNode()) {
        needs.add(source.text("jobs", name, "needs").orElseThrow());
      } else if (!needsNode.isMissingNode()) {
        throw new PipelineException(
            file, needsLine, name, "needs must be a job's name or a list of them");
      }
      Optional<String> condition = source.text("jobs", name, "if");
      result.add(new Job(name, needs, condition, line, needsLine));
    }
    return new Workflow(file, triggers, result);
  }

  /** The stages in order, each sorted by name. */
  public static List<List<String>> stages(Workflow workflow) {
    checkNeedsExist(workflow);
    Set<String> placed = new HashSet<>();
    List<Job> left = new ArrayList<>(workflow.jobs());
    List<List<String>> stages = new ArrayList<>();
    while (!left.isEmpty()) {
      List<String> stage = new ArrayList<>();
      for (Job job : left) {
        if (placed.containsAll(job.needs())) {
          stage.add(job.name());
        }
      }
      if (stage.isEmpty()) {
        List<String> cycle = findCycle(workflow).orElseThrow();
        Job first = workflow.job(cycle.get(0)).orElseThrow();
        throw new PipelineException(
            workflow.file(),
            first.line(),
            first.name(),
            "the needs form a cycle: "
                + String.join(" -> ", cycle)
                + "; no job on it can ever start, remove one of these needs");
      }
      stage.sort(null);
      placed.addAll(stage);
      left.removeIf(job -> placed.contains(job.name()));
      stages.add(List.copyOf(stage));
    }
    return List.copyOf(stages);
  }

  private static void checkNeedsExist(Workflow workflow) {
    Set<String> names = new HashSet<>();
    workflow.jobs().forEach(job -> names.add(job.name()));
    for (Job job : workflow.jobs()) {
      for (String need : job.needs()) {
        if (!names.contains(need)) {
          throw new PipelineException(
              workflow.file(),
              job.needsLine(),
              job.name(),
              "needs '"
                  + need
                  + "', which is not a job of this workflow; the jobs are "
                  + String.join(", ", names.stream().sorted().toList()));
        }
      }
    }
  }

  /** The first cycle met by a depth-first search in file order, or empty. */
  public static Optional<List<String>> findCycle(Workflow workflow) {
    Map<String, Job> byName = new HashMap<>();
    workflow.jobs().forEach(job -> byName.put(job.name(), job));
    Set<String> done = new HashSet<>();
    for (Job job : workflow.jobs()) {
      Optional<List<String>> cycle = visit(job, byName, new ArrayList<>(), done);
      if (cycle.isPresent()) {
        return cycle;
      }
    }
    return Optional.empty();
  }

  private static Optional<List<String>> visit(
      Job job, Map<String, Job> byName, List<String> path, Set<String> done) {
    int onPath = path.indexOf(job.name());
    if (onPath >= 0) {
      List<String> cycle = new ArrayList<>(path.subList(onPath, path.size()));
      cycle.add(job.name());
      return Optional.of(List.copyOf(cycle));
    }
    if (done.contains(job.name())) {
      return Optional.empty();
    }
    path.add(job.name());
    for (String need : job.needs()) {
      Job next = byName.get(need);
      if (next != null) {
        Optional<List<String>> cycle = visit(next, byName, path, done);
        if (cycle.isPresent()) {
          return cycle;
        }
      }
    }
    path.remove(path.size() - 1);
    done.add(job.name());
    return Optional.empty();
  }

  /** A run in which the jobs in {@code failing} fail; whatever needs a non-success is skipped. */
  public static RunResult simulate(Workflow workflow, Set<String> failing) {
    for (String name : failing) {
      if (workflow.job(name).isEmpty()) {
        throw new IllegalArgumentException(
            "failing names " + name + ", which is not a job of " + workflow.file());
      }
    }
    Map<String, Outcome> outcomes = new LinkedHashMap<>();
    for (List<String> stage : stages(workflow)) {
      for (String name : stage) {
        Job job = workflow.job(name).orElseThrow();
        boolean blocked = job.needs().stream().anyMatch(n -> outcomes.get(n) != Outcome.SUCCESS);
        Outcome outcome;
        if (blocked) {
          outcome = Outcome.SKIPPED;
        } else if (failing.contains(name)) {
          outcome = Outcome.FAILURE;
        } else {
          outcome = Outcome.SUCCESS;
        }
        outcomes.put(name, outcome);
      }
    }
    return new RunResult(outcomes);
  }
}
