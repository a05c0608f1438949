package dev.roadmapkit.cli.assign;

import dev.roadmapkit.core.catalog.ModuleCatalog;
import dev.roadmapkit.core.model.Exercise;
import java.util.List;
import java.util.Set;

/**
 * The README of a class's repository: what is assigned and for how many points, how to get feedback
 * with the Maven Wrapper, which services the tests need and how to provide them, how grading works,
 * and, per exercise, where the task is, which tests grade it and (when the teacher keeps them) the
 * hints.
 */
final class StudentReadme {

  private StudentReadme() {}

  static String render(Assignment assignment, Set<Service> services) {
    StringBuilder md = new StringBuilder();
    List<Exercise> exercises = assignment.exercises();
    md.append("# ").append(assignment.title()).append("\n\n");
    md.append("Your assignment: ")
        .append(exercises.size())
        .append(exercises.size() == 1 ? " exercise" : " exercises")
        .append(" from the backend developer roadmap, worth ")
        .append(assignment.maxPoints())
        .append(" points. Each one is starting code that compiles but does not work yet, and tests")
        .append(" that say what it must do. Make the tests pass: each passing test earns its share")
        .append(" of the exercise's points, and all of them passing earn them all.\n\n");

    md.append("| Exercise | Title | Difficulty | Points | About |\n|---|---|---|---|---|\n");
    for (Exercise exercise : exercises) {
      md.append("| [`")
          .append(exercise.id())
          .append("`](#")
          .append(anchor(exercise))
          .append(") | ")
          .append(cell(exercise.title()))
          .append(" | ")
          .append(exercise.difficulty().key())
          .append(" | ")
          .append(exercise.points())
          .append(" | ")
          .append(exercise.minutes())
          .append(" min |\n");
    }
    md.append("| | **Total** | | **").append(assignment.maxPoints()).append("** | |\n\n");

    md.append("## Before you start\n\n")
        .append("You need a JDK 17 or newer (`java -version`; set `JAVA_HOME` if Maven cannot find")
        .append(" it). Nothing else: `./mvnw` (`mvnw.cmd` on Windows) downloads the Maven version")
        .append(" this repository is built with. Open the repository in any Java IDE as a Maven")
        .append(" project.\n\n");
    if (!services.isEmpty()) {
      md.append("Some tests run against a real ")
          .append(String.join(" and ", services.stream().map(Service::displayName).toList()))
          .append(", found in this order:\n\n")
          .append("1. the URL in ");
      md.append(String.join(" or ", services.stream().map(s -> "`" + s.variable() + "`").toList()))
          .append(", if you set it, for example\n\n```\n");
      if (services.contains(Service.POSTGRES)) {
        md.append("export ROADMAP_POSTGRES_URL='jdbc:postgresql://127.0.0.1:5432/roadmap")
            .append("?user=roadmap&password=roadmap'\n");
      }
      if (services.contains(Service.REDIS)) {
        md.append("export ROADMAP_REDIS_URL=redis://127.0.0.1:6379\n");
      }
      md.append("```\n\n")
          .append("2. a container the tests start themselves, when Docker is running")
          .append(" (Testcontainers);\n")
          .append("3. otherwise a local stand-in where one exists (an in-memory H2 database for")
          .append(" the tests that do not need PostgreSQL itself, `redis-server` when it is on")
          .append(" your `PATH`); the tests that cannot run are skipped with a message that says")
          .append(" how to provide the service. Skipped tests earn no points: the grading runs")
          .append(" them all.\n\n");
    }

    md.append("## Get feedback\n\n")
        .append("Run the tests of a module from the repository's root; every test prints one line,")
        .append(" and a failure says what was expected and why:\n\n```\n");
    for (ModuleCatalog module : assignment.modules()) {
      md.append("./mvnw -q test -pl exercises/").append(module.module()).append(" -am\n");
    }
    md.append("```\n\n")
        .append("Each exercise below gives the command that runs its tests alone, which is also")
        .append(" the command that grades it. Read the module's README for the background, and the")
        .append(" Javadoc of the class you edit for the exact task.\n\n");

    md.append("## Grading\n\n")
        .append("Every push runs `")
        .append(ClassroomWorkflow.PATH)
        .append("` on GitHub: one grading step per exercise runs that exercise's tests, and each")
        .append(" passing test earns its share of the exercise's points (tests that keep behaviour")
        .append(" a refactoring must not change earn none, and when one fails the exercise earns")
        .append(" nothing). The repository's Actions tab shows each step's")
        .append(" output, the same one-line-per-test report you see locally. Change only the files")
        .append(" an exercise asks you to edit: the tests are the specification, and your teacher")
        .append(" grades with the original ones.\n\n");

    for (ModuleCatalog module : assignment.modules()) {
      md.append("## ")
          .append(module.title())
          .append("\n\nBackground and the tasks in detail: [exercises/")
          .append(module.module())
          .append("/README.md](exercises/")
          .append(module.module())
          .append("/README.md).\n\n");
      for (Exercise exercise : module.exercises()) {
        md.append("### ")
            .append(exercise.id())
            .append("\n\n**")
            .append(exercise.title())
            .append("**: ")
            .append(exercise.points())
            .append(exercise.points() == 1 ? " point" : " points")
            .append(", ")
            .append(exercise.difficulty().key())
            .append(", about ")
            .append(exercise.minutes())
            .append(" minutes.\n\n");
        if (!exercise.files().isEmpty()) {
          md.append("Edit:\n\n");
          for (String file : exercise.files()) {
            String path = "exercises/" + module.module() + "/" + file;
            md.append("- [`").append(path).append("`](").append(path).append(")\n");
          }
          md.append('\n');
        }
        md.append("Graded by ")
            .append(
                String.join(
                    ", ", exercise.tests().stream().map(t -> "`" + simpleName(t) + "`").toList()))
            .append(":\n\n```\n")
            .append(ClassroomWorkflow.gradingCommand(exercise))
            .append("\n```\n\n");
        if (assignment.hintsIncluded() && !exercise.hints().isEmpty()) {
          md.append(
              "Stuck? Open one hint at a time; the last one nearly gives the answer away.\n\n");
          for (int i = 0; i < exercise.hints().size(); i++) {
            md.append("<details><summary>Hint ")
                .append(i + 1)
                .append("</summary>\n\n")
                .append(exercise.hints().get(i))
                .append("\n\n</details>\n");
          }
          md.append('\n');
        }
      }
    }
    return md.toString().stripTrailing() + "\n";
  }

  private static String anchor(Exercise exercise) {
    // GitHub's anchor of the heading "### caching/lru-cache": lower case, '/' dropped.
    return exercise.id().toString().replace("/", "");
  }

  private static String simpleName(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }
}
