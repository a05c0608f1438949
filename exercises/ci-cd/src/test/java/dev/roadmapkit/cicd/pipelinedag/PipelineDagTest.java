package dev.roadmapkit.cicd.pipelinedag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Label("ci-cd/pipeline-dag: PipelineDag")
class PipelineDagTest {

  private static WorkflowSource fixture(String name) {
    try (InputStream in = PipelineDagTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test fixture " + name);
      }
      return WorkflowSource.of(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Job job(Workflow workflow, String name) {
    Optional<Job> job = workflow.job(name);
    assertThat(job).as("%s should have a job named %s", workflow.file(), name).isPresent();
    return job.orElseThrow();
  }

  // --- parsing ---

  @Test
  @DisplayName("release.yml: the jobs in file order, with their needs, conditions and lines")
  void parsesTheReleaseWorkflow() {
    Workflow workflow = PipelineDag.parse(fixture("release.yml"));
    assertThat(workflow.file()).as("the workflow keeps the file's name").isEqualTo("release.yml");
    assertThat(workflow.jobs())
        .extracting(Job::name)
        .as("release.yml: one job per key under jobs:, in the order of the file")
        .containsExactly(
            "lint",
            "unit-tests",
            "integration-tests",
            "docs",
            "build",
            "image",
            "deploy-staging",
            "smoke-tests",
            "deploy-production");
    assertThat(job(workflow, "build").needs())
        .as("release.yml line 41, job build: needs: [unit-tests, integration-tests], in order")
        .containsExactly("unit-tests", "integration-tests");
    assertThat(job(workflow, "deploy-production").needs())
        .as("release.yml line 70, job deploy-production: needs as a block list of two jobs")
        .containsExactly("smoke-tests", "docs");
    assertThat(job(workflow, "lint").needs())
        .as("release.yml line 14, job lint: no needs key means it needs nothing")
        .isEmpty();
    assertThat(job(workflow, "lint").line()).as("the line of the key 'lint:'").isEqualTo(14);
    assertThat(job(workflow, "lint").needsLine())
        .as("a job without needs: its needsLine is its own line")
        .isEqualTo(14);
    assertThat(job(workflow, "image").line()).as("the line of the key 'image:'").isEqualTo(48);
    assertThat(job(workflow, "image").needsLine())
        .as("the line of image's 'needs:' key (after a comment line)")
        .isEqualTo(50);
  }

  @Test
  @DisplayName("needs: lint (a single name, not a list) is one need, not four letters")
  void aSingleNeedIsOneName() {
    Workflow workflow = PipelineDag.parse(fixture("release.yml"));
    assertThat(job(workflow, "unit-tests").needs())
        .as(
            "release.yml line 21, job unit-tests: 'needs: lint' is the short form of"
                + " 'needs: [lint]'")
        .containsExactly("lint");
    assertThat(job(workflow, "deploy-staging").needs())
        .as("release.yml line 56, job deploy-staging: needs: image")
        .containsExactly("image");
  }

  @Test
  @DisplayName("if: is kept as the text the file writes, and is empty where there is none")
  void conditionsAreKeptAsText() {
    Workflow workflow = PipelineDag.parse(fixture("release.yml"));
    assertThat(job(workflow, "deploy-staging").condition())
        .as("release.yml line 57, job deploy-staging: its if: as written")
        .contains("github.ref == 'refs/heads/main'");
    assertThat(job(workflow, "deploy-production").condition())
        .as("release.yml, job deploy-production: its if: as written, ${{ }} included")
        .contains("${{ startsWith(github.ref, 'refs/tags/v') }}");
    assertThat(job(workflow, "build").condition()).as("job build has no if:").isEmpty();
  }

  @Test
  @DisplayName("the triggers under on: as a mapping, a list, a single event, or the key true")
  void triggers() {
    assertThat(PipelineDag.parse(fixture("release.yml")).triggers())
        .as("release.yml: on: is a mapping; the triggers are its keys in order")
        .containsExactly("push", "workflow_dispatch");
    assertThat(PipelineDag.parse(fixture("python-versions.yml")).triggers())
        .as("python-versions.yml: on: [push, pull_request] is a list")
        .containsExactly("push", "pull_request");
    assertThat(PipelineDag.parse(fixture("cycle.yml")).triggers())
        .as("cycle.yml: on: pull_request is a single event")
        .containsExactly("pull_request");
    assertThat(PipelineDag.parse(fixture("written-by-pyyaml.yml")).triggers())
        .as(
            "written-by-pyyaml.yml: a YAML 1.1 tool wrote the key on as true (YAML 1.1 reads an"
                + " unquoted on as the boolean true); look for the key true when on is missing")
        .containsExactly("schedule", "workflow_dispatch");
    assertThat(PipelineDag.parse(WorkflowSource.of("no-on.yml", "jobs:\n  a: {}\n")).triggers())
        .as("no on: key at all: no triggers")
        .isEmpty();
  }

  @Test
  @DisplayName("names are taken as written: needs: [3.9, 3.10] are the jobs 3.9 and 3.10")
  void namesAsWritten() {
    Workflow workflow = PipelineDag.parse(fixture("python-versions.yml"));
    assertThat(job(workflow, "report").needs())
        .as(
            "python-versions.yml line 13, job report: YAML 1.1 reads the value 3.10 as the number"
                + " 3.1; use source.text(...), which gives the scalar as the file writes it")
        .containsExactly("3.9", "3.10");
    assertThat(PipelineDag.stages(workflow))
        .as("python-versions.yml: both versions first (sorted as text), then the report")
        .containsExactly(List.of("3.10", "3.9"), List.of("report"));
  }

  @Test
  @DisplayName("a file without a jobs: mapping is refused at line 1")
  void noJobs() {
    PipelineException e =
        catchThrowableOfType(
            PipelineException.class,
            () -> PipelineDag.parse(WorkflowSource.of("empty.yml", "name: empty\non: push\n")));
    assertThat(e).as("a workflow without jobs: is no pipeline").isNotNull();
    assertThat(e.file()).as("the file named").isEqualTo("empty.yml");
    assertThat(e.line()).as("the whole file: line 1").isEqualTo(1);
    assertThat(e.job()).as("no job to name").isEmpty();
  }

  @Test
  @DisplayName(
      "a job that is not a mapping, or needs that are a mapping, are refused at their line")
  void malformedJobs() {
    PipelineException notMapping =
        catchThrowableOfType(
            PipelineException.class,
            () ->
                PipelineDag.parse(
                    WorkflowSource.of(
                        "bad.yml", "on: push\njobs:\n  a:\n    runs-on: x\n  b: ubuntu\n")));
    assertThat(notMapping).as("bad.yml line 5: 'b: ubuntu' is no job").isNotNull();
    assertThat(notMapping.line()).as("the line of b").isEqualTo(5);
    assertThat(notMapping.job()).as("the job named").isEqualTo("b");

    PipelineException needsMapping =
        catchThrowableOfType(
            PipelineException.class,
            () ->
                PipelineDag.parse(
                    WorkflowSource.of(
                        "bad.yml",
                        "on: push\njobs:\n  a:\n    runs-on: x\n  b:\n    runs-on: x\n"
                            + "    needs:\n      a: true\n")));
    assertThat(needsMapping).as("bad.yml line 7: needs must be a name or a list").isNotNull();
    assertThat(needsMapping.line()).as("the line of b's needs").isEqualTo(7);
    assertThat(needsMapping.job()).as("the job named").isEqualTo("b");

    PipelineException nestedList =
        catchThrowableOfType(
            PipelineException.class,
            () ->
                PipelineDag.parse(
                    WorkflowSource.of(
                        "bad.yml", "on: push\njobs:\n  a: {}\n  b:\n    needs: [[a]]\n")));
    assertThat(nestedList).as("bad.yml line 5: a list inside needs is no job's name").isNotNull();
    assertThat(nestedList.job()).as("the job named").isEqualTo("b");
  }

  // --- stages ---

  @Test
  @DisplayName("release.yml: each job one stage after the LAST of its needs, sorted in a stage")
  void stagesOfTheReleaseWorkflow() {
    List<List<String>> stages = PipelineDag.stages(PipelineDag.parse(fixture("release.yml")));
    assertThat(stages)
        .as(
            "release.yml: image needs [lint, build]; build is in stage 2, so image is in stage 3"
                + " (after its last need, not its first); stage 1 is sorted by name")
        .containsExactly(
            List.of("lint"),
            List.of("docs", "integration-tests", "unit-tests"),
            List.of("build"),
            List.of("image"),
            List.of("deploy-staging"),
            List.of("smoke-tests"),
            List.of("deploy-production"));
  }

  /**
   * This repository's own .github/workflows/kit.yml, found by walking up from the module (where
   * Maven and the roadmap CLI run the tests) to the directory that also holds exercises/ci-cd; in
   * an exported repository, which has no kit.yml, the copy among the test fixtures.
   */
  private static WorkflowSource kitWorkflow() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path kit = dir.resolve(".github/workflows/kit.yml");
      if (Files.isRegularFile(kit) && Files.isDirectory(dir.resolve("exercises/ci-cd"))) {
        return WorkflowSource.read(kit);
      }
    }
    return fixture("kit.yml");
  }

  @Test
  @DisplayName(
      "this repository's kit.yml: two independent jobs, kit and learner-path, in one stage, run on"
          + " push and pull_request")
  void theKitWorkflow() {
    Workflow workflow = PipelineDag.parse(kitWorkflow());
    assertThat(workflow.triggers())
        .as("kit.yml: on: push (main) and pull_request")
        .containsExactly("push", "pull_request");
    assertThat(workflow.jobs())
        .extracting(Job::name)
        .as("kit.yml's jobs")
        .containsExactly("kit", "learner-path");
    assertThat(job(workflow, "kit").line()).as("kit.yml: the line of 'kit:'").isEqualTo(14);
    assertThat(job(workflow, "learner-path").line())
        .as("kit.yml: the line of 'learner-path:'")
        .isEqualTo(52);
    assertThat(PipelineDag.stages(workflow))
        .as("kit.yml's stages: neither job needs the other")
        .containsExactly(List.of("kit", "learner-path"));
  }

  @Test
  @DisplayName("a need that names no job is reported with file, line, job and the unknown name")
  void unknownNeed() {
    Workflow workflow = PipelineDag.parse(fixture("unknown-need.yml"));
    PipelineException e =
        catchThrowableOfType(PipelineException.class, () -> PipelineDag.stages(workflow));
    assertThat(e)
        .as("unknown-need.yml line 15, job deploy: needs [build, tset]; tset is a typo of test")
        .isNotNull();
    assertThat(e.file()).as("the file").isEqualTo("unknown-need.yml");
    assertThat(e.line()).as("the line of deploy's needs: key").isEqualTo(15);
    assertThat(e.job()).as("the job whose needs are wrong").isEqualTo("deploy");
    assertThat(e.getMessage()).as("the message names the unknown job").contains("'tset'");
    assertThat(
            catchThrowableOfType(
                PipelineException.class, () -> PipelineDag.simulate(workflow, Set.of())))
        .as("simulate refuses the same workflow, as stages does")
        .isNotNull();
  }

  // --- cycles ---

  @Test
  @DisplayName("cycle.yml: package -> publish -> verify -> package, reported at package's line")
  void cycleInAFile() {
    Workflow workflow = PipelineDag.parse(fixture("cycle.yml"));
    assertThat(PipelineDag.findCycle(workflow))
        .as(
            "cycle.yml: package needs [setup, publish], publish needs verify, verify needs"
                + " package; the search starts at setup (no cycle), then package")
        .contains(List.of("package", "publish", "verify", "package"));
    PipelineException e =
        catchThrowableOfType(PipelineException.class, () -> PipelineDag.stages(workflow));
    assertThat(e).as("cycle.yml has no stages: no job on the cycle can ever start").isNotNull();
    assertThat(e.getMessage())
        .as("the message writes the cycle with arrows")
        .contains("package -> publish -> verify -> package");
    assertThat(e.line()).as("cycle.yml: the line of package, the cycle's first job").isEqualTo(8);
    assertThat(e.job()).as("the cycle's first job").isEqualTo("package");
  }

  @Test
  @DisplayName("build needs test and test needs build: build -> test -> build")
  void twoJobCycle() {
    Workflow workflow =
        new Workflow(
            "ci.yml",
            List.of("push"),
            List.of(Job.of("build", 3, "test"), Job.of("test", 7, "build")));
    assertThat(PipelineDag.findCycle(workflow))
        .as("the search starts at build, the first job of the file")
        .contains(List.of("build", "test", "build"));
  }

  @Test
  @DisplayName("a job that needs itself is a cycle of one: build -> build")
  void selfLoop() {
    Workflow workflow =
        new Workflow(
            "ci.yml",
            List.of("push"),
            List.of(Job.of("lint", 3), Job.of("build", 6, "lint", "build")));
    assertThat(PipelineDag.findCycle(workflow))
        .as("ci.yml line 6, job build: needs [lint, build]; a need on itself is a cycle")
        .contains(List.of("build", "build"));
    PipelineException e =
        catchThrowableOfType(PipelineException.class, () -> PipelineDag.stages(workflow));
    assertThat(e).as("a job that needs itself never starts").isNotNull();
    assertThat(e.getMessage()).as("the cycle in the message").contains("build -> build");
    assertThat(e.line()).as("build's line").isEqualTo(6);
  }

  @Test
  @DisplayName("a workflow without cycles has none, and unknown needs are no edges for findCycle")
  void noCycle() {
    assertThat(PipelineDag.findCycle(PipelineDag.parse(fixture("release.yml"))))
        .as("release.yml has no cycle")
        .isEmpty();
    assertThat(PipelineDag.findCycle(PipelineDag.parse(fixture("unknown-need.yml"))))
        .as("unknown-need.yml: deploy needs tset, which is no job; that is no cycle")
        .isEmpty();
  }

  // --- simulation ---

  @Test
  @DisplayName("integration-tests fails: build, and everything after it, is skipped")
  void failureSkipsDependents() {
    RunResult run =
        PipelineDag.simulate(
            PipelineDag.parse(fixture("release.yml")), Set.of("integration-tests"));
    assertThat(run.outcomes())
        .as(
            "release.yml with integration-tests failing: build needs it (skipped), image needs"
                + " build (skipped: a job it needs was skipped), and so on to deploy-production,"
                + " which also needs the passing docs; in stage order")
        .containsExactly(
            Map.entry("lint", Outcome.SUCCESS),
            Map.entry("docs", Outcome.SUCCESS),
            Map.entry("integration-tests", Outcome.FAILURE),
            Map.entry("unit-tests", Outcome.SUCCESS),
            Map.entry("build", Outcome.SKIPPED),
            Map.entry("image", Outcome.SKIPPED),
            Map.entry("deploy-staging", Outcome.SKIPPED),
            Map.entry("smoke-tests", Outcome.SKIPPED),
            Map.entry("deploy-production", Outcome.SKIPPED));
    assertThat(run.ran())
        .as("the jobs that ran, failed ones included")
        .containsExactly("lint", "docs", "integration-tests", "unit-tests");
  }

  @Test
  @DisplayName("nothing fails: every job runs and passes, in stage order")
  void allPass() {
    RunResult run = PipelineDag.simulate(PipelineDag.parse(fixture("release.yml")), Set.of());
    assertThat(run.skipped()).as("no failure, nothing skipped").isEmpty();
    assertThat(run.ran())
        .as("every job, stage by stage")
        .containsExactly(
            "lint",
            "docs",
            "integration-tests",
            "unit-tests",
            "build",
            "image",
            "deploy-staging",
            "smoke-tests",
            "deploy-production");
  }

  @Test
  @DisplayName("a failing job that runs last fails alone; a failed job skipped first stays skipped")
  void failuresAtTheEdges() {
    Workflow workflow = PipelineDag.parse(fixture("release.yml"));
    RunResult last = PipelineDag.simulate(workflow, Set.of("deploy-production"));
    assertThat(last.outcome("deploy-production"))
        .as("deploy-production is in failing and all it needs passed: it runs and fails")
        .isEqualTo(Outcome.FAILURE);
    assertThat(last.skipped()).as("nothing needs deploy-production").isEmpty();
    RunResult both = PipelineDag.simulate(workflow, Set.of("lint", "build"));
    assertThat(both.outcome("lint")).as("lint fails").isEqualTo(Outcome.FAILURE);
    assertThat(both.outcome("build"))
        .as("build would fail, but it never runs: what it needs was skipped")
        .isEqualTo(Outcome.SKIPPED);
    assertThat(both.ran()).as("only lint ran").containsExactly("lint");
  }

  @Test
  @DisplayName("simulate refuses a failing job that the workflow does not have")
  void unknownFailingJob() {
    Workflow workflow = PipelineDag.parse(fixture("release.yml"));
    assertThatIllegalArgumentException()
        .as("failing names 'unit-test', but the job is unit-tests")
        .isThrownBy(() -> PipelineDag.simulate(workflow, Set.of("unit-test")));
  }

  // --- properties over random pipelines ---

  /**
   * A random acyclic workflow: job i needs some jobs before it (raw numbers taken modulo i). The
   * names are a permutation so that sorting by name is not the order of the graph, and the file
   * order may be reversed so that a need may come later in the file.
   */
  private static List<Job> dag(List<List<Integer>> raw, boolean reversed) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      names.add(String.format("job-%02d", (i * 7) % 13));
    }
    List<Job> jobs = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      Set<String> needs = new LinkedHashSet<>();
      if (i > 0) {
        for (int n : raw.get(i)) {
          needs.add(names.get(n % i));
        }
      }
      jobs.add(Job.of(names.get(i), i + 1, needs.toArray(String[]::new)));
    }
    if (reversed) {
      java.util.Collections.reverse(jobs);
    }
    return jobs;
  }

  @Property(tries = 300)
  @Label("random pipelines: every job once, one stage after the last of its needs, stages sorted")
  void stagesOfRandomPipelines(
      @ForAll @Size(max = 12) List<@Size(max = 3) List<@IntRange(min = 0, max = 50) Integer>> raw,
      @ForAll boolean reversed) {
    Workflow workflow = new Workflow("random.yml", List.of("push"), dag(raw, reversed));
    List<List<String>> stages = PipelineDag.stages(workflow);
    Map<String, Integer> stageOf = new HashMap<>();
    for (int s = 0; s < stages.size(); s++) {
      assertThat(stages.get(s)).as("stage %d is not empty and sorted by name", s).isNotEmpty();
      assertThat(stages.get(s)).as("stage %d is sorted by name", s).isSorted();
      for (String name : stages.get(s)) {
        assertThat(stageOf.put(name, s)).as("%s appears in more than one stage", name).isNull();
      }
    }
    assertThat(stageOf.keySet())
        .as("every job of the workflow is in a stage")
        .containsExactlyInAnyOrderElementsOf(workflow.jobs().stream().map(Job::name).toList());
    for (Job job : workflow.jobs()) {
      int expected = 0;
      for (String need : job.needs()) {
        assertThat(stageOf.get(need))
            .as("%s needs %s, so %s must be in an earlier stage", job.name(), need, need)
            .isLessThan(stageOf.get(job.name()));
        expected = Math.max(expected, stageOf.get(need) + 1);
      }
      assertThat(stageOf.get(job.name()))
          .as(
              "%s needs %s: it belongs one stage after the last of them, no later",
              job.name(), job.needs())
          .isEqualTo(expected);
    }
    assertThat(PipelineDag.findCycle(workflow))
        .as("a pipeline built forwards has no cycle")
        .isEmpty();
  }

  @Property(tries = 300)
  @Label("random pipelines plus one back edge: a cycle is always reported, and it is a real one")
  void backEdgeMakesACycle(
      @ForAll @Size(min = 1, max = 12)
          List<@Size(max = 3) List<@IntRange(min = 0, max = 50) Integer>> raw,
      @ForAll boolean reversed,
      @ForAll @IntRange(min = 0, max = 1000) int pick) {
    List<Job> jobs = dag(raw, reversed);
    List<Job> withNeeds = jobs.stream().filter(j -> !j.needs().isEmpty()).toList();
    // The back edge: a job's need now needs that job too (or, without needs, a job needs itself).
    Job from =
        withNeeds.isEmpty() ? jobs.get(pick % jobs.size()) : withNeeds.get(pick % withNeeds.size());
    String target =
        withNeeds.isEmpty() ? from.name() : from.needs().get(pick % from.needs().size());
    List<Job> changed = new ArrayList<>();
    for (Job job : jobs) {
      if (job.name().equals(target)) {
        List<String> needs = new ArrayList<>(job.needs());
        needs.add(from.name());
        changed.add(new Job(job.name(), needs, Optional.empty(), job.line(), job.needsLine()));
      } else {
        changed.add(job);
      }
    }
    Workflow workflow = new Workflow("random.yml", List.of("push"), changed);
    Optional<List<String>> cycle = PipelineDag.findCycle(workflow);
    assertThat(cycle)
        .as("%s now needs %s, which needs it: a cycle", target, from.name())
        .isPresent();
    List<String> path = cycle.orElseThrow();
    assertThat(path.size()).as("a cycle names at least one job twice").isGreaterThanOrEqualTo(2);
    assertThat(path.get(path.size() - 1))
        .as("a cycle ends where it started: %s", path)
        .isEqualTo(path.get(0));
    assertThat(path.subList(0, path.size() - 1))
        .as("no job is twice on a cycle before it closes: %s", path)
        .doesNotHaveDuplicates();
    for (int i = 0; i + 1 < path.size(); i++) {
      assertThat(workflow.job(path.get(i)).orElseThrow().needs())
          .as(
              "on the cycle %s, %s -> %s means %s needs %s",
              path, path.get(i), path.get(i + 1), path.get(i), path.get(i + 1))
          .contains(path.get(i + 1));
    }
    PipelineException e =
        catchThrowableOfType(PipelineException.class, () -> PipelineDag.stages(workflow));
    assertThat(e).as("stages refuses a workflow with a cycle").isNotNull();
    assertThat(e.getMessage())
        .as("the message shows the cycle")
        .contains(String.join(" -> ", path));
  }
}
