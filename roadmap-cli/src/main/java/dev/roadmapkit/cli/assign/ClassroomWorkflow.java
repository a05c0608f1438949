package dev.roadmapkit.cli.assign;

import dev.roadmapkit.core.model.Exercise;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The GitHub Classroom autograding workflow of a class's repository: on every push, one grading
 * step per exercise (the classroom-resources command grader) runs the exercise's test classes with
 * the Maven Wrapper and awards the exercise's points when they all pass; a reporter step sends the
 * results to GitHub Classroom. PostgreSQL and Redis run as service containers when the tests need
 * them.
 */
public final class ClassroomWorkflow {

  /** Where the workflow lives in the repository. */
  public static final String PATH = ".github/workflows/classroom.yml";

  private ClassroomWorkflow() {}

  /**
   * Returns the command that grades one exercise: its test classes, in its module, with the test
   * support built alongside. It exits with 0 exactly when they all pass; when one of the classes is
   * missing Surefire finds no test to run and the command fails too.
   *
   * @param exercise the exercise
   * @return a shell command, run from the repository's root
   */
  public static String gradingCommand(Exercise exercise) {
    return "./mvnw -B -q test -pl exercises/"
        + exercise.id().module()
        + " -am -Dtest="
        + String.join(",", exercise.tests());
  }

  /**
   * Returns the id of an exercise's grading step.
   *
   * @param exercise the exercise
   * @return such as {@code caching-lru-cache}
   */
  public static String stepId(Exercise exercise) {
    return exercise.id().module() + "-" + exercise.id().name();
  }

  /**
   * Renders the workflow.
   *
   * @param assignment what was assigned
   * @param services the services the assigned tests need
   * @return the workflow's YAML text
   */
  public static String render(Assignment assignment, Set<Service> services) {
    List<Exercise> exercises = assignment.exercises();
    StringBuilder yaml = new StringBuilder();
    yaml.append(
            "# GitHub Classroom autograding: one grading step per exercise, worth the exercise's\n")
        .append("# points when all of its tests pass. ")
        .append(assignment.maxPoints())
        .append(" points in all. Made by the Backend Roadmap Kit.\n")
        .append("name: Autograding\n")
        .append("\"on\":\n")
        .append("  push:\n")
        .append("  workflow_dispatch:\n")
        .append("  repository_dispatch:\n")
        .append("permissions:\n")
        .append("  checks: write\n")
        .append("  actions: read\n")
        .append("  contents: read\n")
        .append("jobs:\n")
        .append("  autograding:\n")
        .append("    runs-on: ubuntu-latest\n")
        .append("    if: github.actor != 'github-classroom[bot]'\n")
        .append("    timeout-minutes: ")
        .append(assignment.stepMinutes() * (exercises.size() + 1) + 5)
        .append('\n');
    if (!services.isEmpty()) {
      yaml.append("    services:\n");
      if (services.contains(Service.POSTGRES)) {
        yaml.append("      postgres:\n")
            .append("        image: postgres:15\n")
            .append("        env:\n")
            .append("          POSTGRES_USER: roadmap\n")
            .append("          POSTGRES_PASSWORD: roadmap\n")
            .append("          POSTGRES_DB: roadmap\n")
            .append("        ports:\n")
            .append("          - 5432:5432\n")
            .append("        options: >-\n")
            .append("          --health-cmd \"pg_isready -U roadmap\" --health-interval 2s\n")
            .append("          --health-timeout 5s --health-retries 30\n");
      }
      if (services.contains(Service.REDIS)) {
        yaml.append("      redis:\n")
            .append("        image: redis:7\n")
            .append("        ports:\n")
            .append("          - 6379:6379\n")
            .append("        options: >-\n")
            .append("          --health-cmd \"redis-cli ping\" --health-interval 2s\n")
            .append("          --health-timeout 5s --health-retries 30\n");
      }
    }
    yaml.append("    steps:\n")
        .append("      - name: Check out the code\n")
        .append("        uses: actions/checkout@v4\n")
        .append("      - name: Set up JDK 17\n")
        .append("        uses: actions/setup-java@v4\n")
        .append("        with:\n")
        .append("          distribution: temurin\n")
        .append("          java-version: \"17\"\n")
        .append("          cache: maven\n")
        .append("      - name: Download Maven and the test stack\n")
        .append(
            "        run: chmod +x mvnw && ./mvnw -B -q test-compile -pl exercises/support -am\n");
    List<String> ids = new ArrayList<>();
    for (Exercise exercise : exercises) {
      String id = stepId(exercise);
      ids.add(id);
      yaml.append("      - name: ")
          .append(quote(exercise.id() + ": " + exercise.title() + " (" + points(exercise) + ")"))
          .append('\n')
          .append("        id: ")
          .append(id)
          .append('\n')
          .append("        if: ${{ !cancelled() }}\n")
          .append("        uses: classroom-resources/autograding-command-grader@v1\n")
          .append("        with:\n")
          .append("          test-name: ")
          .append(quote(exercise.id().toString()))
          .append('\n')
          .append("          setup-command: \"\"\n")
          .append("          command: ")
          .append(quote(environment(services) + gradingCommand(exercise)))
          .append('\n')
          .append("          timeout: ")
          .append(assignment.stepMinutes())
          .append('\n')
          .append("          max-score: ")
          .append(exercise.points())
          .append('\n');
    }
    yaml.append("      - name: Autograding Reporter\n")
        .append("        if: ${{ !cancelled() }}\n")
        .append("        uses: classroom-resources/autograding-grading-reporter@v1\n")
        .append("        env:\n");
    for (String id : ids) {
      yaml.append("          ")
          .append(id.toUpperCase(Locale.ROOT))
          .append("_RESULTS: \"${{ steps.")
          .append(id)
          .append(".outputs.result }}\"\n");
    }
    yaml.append("        with:\n")
        .append("          runners: ")
        .append(String.join(",", ids))
        .append('\n');
    return yaml.toString();
  }

  /**
   * The grader runs its command with only {@code PATH} and {@code HOME} of the job's environment,
   * so the services' URLs go into the command itself. A test whose service is missing then fails
   * instead of being skipped.
   */
  static String environment(Set<Service> services) {
    StringBuilder variables = new StringBuilder();
    if (services.contains(Service.POSTGRES)) {
      variables
          .append(Service.POSTGRES.variable())
          .append("='jdbc:postgresql://localhost:5432/roadmap?user=roadmap&password=roadmap' ");
    }
    if (services.contains(Service.REDIS)) {
      variables.append(Service.REDIS.variable()).append("=redis://localhost:6379 ");
    }
    if (!services.isEmpty()) {
      variables.append("ROADMAP_REQUIRE_SERVICES=true ROADMAP_USE_DOCKER=false ");
    }
    return variables.toString();
  }

  private static String points(Exercise exercise) {
    return exercise.points() + (exercise.points() == 1 ? " point" : " points");
  }

  /** A YAML double-quoted scalar. */
  static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
