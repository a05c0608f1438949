package dev.roadmapkit.cli.assign;

import dev.roadmapkit.core.model.Exercise;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The GitHub Classroom autograding workflow of a class's repository: on every push, one grading
 * step per exercise runs the exercise's test classes with the Maven Wrapper and then {@link
 * ClassroomResult} (copied into the repository, run by the JDK from source), which gives each test
 * its share of the exercise's points; the classroom-resources reporter step sums those scores and
 * sends them to GitHub Classroom, so a half-solved exercise earns about half its points. PostgreSQL
 * and Redis run as service containers when the tests need them.
 */
public final class ClassroomWorkflow {

  /** Where the workflow lives in the repository. */
  public static final String PATH = ".github/workflows/classroom.yml";

  /** Where the program that scores a grading step lives in the repository. */
  public static final String RESULT_PROGRAM = ".github/classroom/ClassroomResult.java";

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
        + " -am -Dsurefire.failIfNoSpecifiedTests=false -Dtest="
        + String.join(",", exercise.tests());
  }

  /**
   * Returns the shell script of an exercise's grading step: remove the exercise's old reports, run
   * its tests (a failing test does not stop the step), and write the scored result to {@code
   * $GITHUB_OUTPUT}.
   *
   * @param exercise the exercise
   * @return the lines of a bash script, run from the repository's root
   */
  public static List<String> gradingScript(Exercise exercise) {
    String module = "exercises/" + exercise.id().module();
    List<String> lines = new ArrayList<>();
    StringBuilder remove = new StringBuilder("rm -f");
    for (String test : exercise.tests()) {
      String report = module + "/target/surefire-reports/TEST-" + test;
      remove.append(" '").append(report).append(".xml' '").append(report).append("$'*.xml");
    }
    lines.add(remove.toString());
    lines.add(gradingCommand(exercise) + " || true");
    lines.add(
        "java "
            + RESULT_PROGRAM
            + " "
            + module
            + " "
            + exercise.points()
            + " "
            + String.join(" ", exercise.tests())
            + " >> \"$GITHUB_OUTPUT\"");
    return lines;
  }

  /**
   * Returns the id of an exercise's grading step: letters and digits only, since the reporter
   * rejects other ids (with a misleading message).
   *
   * @param exercise the exercise
   * @return such as {@code cachingLruCache}
   */
  public static String stepId(Exercise exercise) {
    StringBuilder id = new StringBuilder();
    boolean upper = false;
    for (char c : (exercise.id().module() + "-" + exercise.id().name()).toCharArray()) {
      if (Character.isLetterOrDigit(c) && c < 128) {
        id.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      } else {
        upper = id.length() > 0;
      }
    }
    return id.toString();
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
          .append("        timeout-minutes: ")
          .append(assignment.stepMinutes())
          .append('\n');
      if (!services.isEmpty()) {
        yaml.append("        env:\n");
        environment(services)
            .forEach(
                (name, value) ->
                    yaml.append("          ")
                        .append(name)
                        .append(": ")
                        .append(quote(value))
                        .append('\n'));
      }
      yaml.append("        shell: bash\n").append("        run: |\n");
      for (String line : gradingScript(exercise)) {
        yaml.append("          ").append(line).append('\n');
      }
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
   * The environment of a grading step: the services' URLs, and {@code ROADMAP_REQUIRE_SERVICES} so
   * that a test whose service is missing fails instead of being skipped.
   */
  static Map<String, String> environment(Set<Service> services) {
    Map<String, String> variables = new LinkedHashMap<>();
    if (services.contains(Service.POSTGRES)) {
      variables.put(
          Service.POSTGRES.variable(),
          "jdbc:postgresql://localhost:5432/roadmap?user=roadmap&password=roadmap");
    }
    if (services.contains(Service.REDIS)) {
      variables.put(Service.REDIS.variable(), "redis://localhost:6379");
    }
    if (!services.isEmpty()) {
      variables.put("ROADMAP_REQUIRE_SERVICES", "true");
      variables.put("ROADMAP_USE_DOCKER", "false");
    }
    return variables;
  }

  private static String points(Exercise exercise) {
    return exercise.points() + (exercise.points() == 1 ? " point" : " points");
  }

  /** A YAML double-quoted scalar. */
  static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
