package dev.roadmapkit.cli.grade;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** How {@code ./roadmap grade} prints a gradebook. */
public enum GradeFormat {
  /** A table for the terminal. */
  TEXT {
    @Override
    public String render(Gradebook book) {
      int width =
          Math.max(
              "exercise".length(),
              book.grades().stream()
                  .mapToInt(g -> g.exercise().id().toString().length())
                  .max()
                  .orElse(0));
      StringBuilder text = new StringBuilder();
      text.append("Grades from the test reports under ").append(book.directory()).append('\n');
      book.original()
          .ifPresent(
              original ->
                  text.append("Tests, build and points as assigned in ")
                      .append(original)
                      .append('\n'));
      text.append(scoringSentence(book.scoring())).append("\n\n");
      text.append(
          String.format(
              Locale.ROOT, "  %-" + width + "s  %10s  %s%n", "exercise", "points", "tests"));
      for (ExerciseGrade grade : book.grades()) {
        text.append(
            String.format(
                Locale.ROOT,
                "  %-" + width + "s  %5s / %-2d  %s%n",
                grade.exercise().id(),
                Scoring.format(book.earned(grade)),
                grade.exercise().points(),
                summary(grade)));
        List<String> details =
            new ArrayList<>(
                firstFew(
                    grade.changedFiles(),
                    file -> "! " + file,
                    "... and %d more files (--format json lists them all)"));
        details.addAll(
            firstFew(
                grade.failing(),
                test ->
                    "x "
                        + test.name()
                        + (test.message().isEmpty() ? "" : ": " + shorten(test.message(), 100)),
                "... and %d more (--format json lists them all)"));
        String indent = "  " + " ".repeat(width) + "              ";
        for (String detail : details) {
          text.append(indent).append(detail).append('\n');
        }
      }
      text.append(
          String.format(
              Locale.ROOT,
              "%n  %-" + width + "s  %5s / %-2d  (%d%%)%n",
              "total",
              Scoring.format(book.earned()),
              book.max(),
              book.percent()));
      return text.toString();
    }
  },
  /** A Markdown table, for {@code $GITHUB_STEP_SUMMARY} or an issue. */
  MARKDOWN {
    @Override
    public String render(Gradebook book) {
      StringBuilder md = new StringBuilder();
      md.append("## Grades: ")
          .append(Scoring.format(book.earned()))
          .append(" / ")
          .append(book.max())
          .append(" points (")
          .append(book.percent())
          .append("%)\n\n")
          .append(
              book.original()
                  .map(original -> "Tests, build and points as assigned in `" + original + "`. ")
                  .orElse(""))
          .append(scoringSentence(book.scoring()))
          .append("\n\n")
          .append("| Exercise | Points | Max | Tests | Failing tests |\n")
          .append("|---|---:|---:|---|---|\n");
      for (ExerciseGrade grade : book.grades()) {
        List<String> failing =
            new ArrayList<>(
                firstFew(
                    grade.changedFiles(),
                    file -> "changed: `" + cell(file) + "`",
                    "and %d more files"));
        failing.addAll(
            firstFew(
                grade.failing(),
                test ->
                    "`"
                        + cell(test.name())
                        + "`"
                        + (test.message().isEmpty()
                            ? ""
                            : ": " + cell(shorten(test.message(), 100))),
                "and %d more"));
        md.append("| `")
            .append(grade.exercise().id())
            .append("` | ")
            .append(Scoring.format(book.earned(grade)))
            .append(" | ")
            .append(grade.exercise().points())
            .append(" | ")
            .append(summary(grade))
            .append(" | ")
            .append(String.join("<br>", failing))
            .append(" |\n");
      }
      md.append("| **Total** | **")
          .append(Scoring.format(book.earned()))
          .append("** | **")
          .append(book.max())
          .append("** | | |\n");
      return md.toString();
    }
  },
  /**
   * JSON, for tools and spreadsheets: the totals and each exercise, and every test in the shape of
   * Exercism's test-runner results (version 3), so tools that read those read this.
   */
  JSON {
    @Override
    public String render(Gradebook book) {
      Map<String, Object> root = new LinkedHashMap<>();
      root.put("version", 3);
      root.put("status", overallStatus(book));
      root.put("message", null);
      root.put("directory", book.directory().toString());
      root.put("original", book.original().map(Path::toString).orElse(null));
      root.put("scoring", book.scoring().name().toLowerCase(Locale.ROOT).replace('_', '-'));
      root.put("earned", book.earned());
      root.put("max", book.max());
      root.put("percent", book.percent());
      List<Object> exercises = new ArrayList<>();
      List<Object> tests = new ArrayList<>();
      int taskId = 0;
      for (ExerciseGrade grade : book.grades()) {
        taskId++;
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", grade.exercise().id().toString());
        entry.put("task_id", taskId);
        entry.put("title", grade.exercise().title());
        entry.put("status", grade.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        entry.put("earned", book.earned(grade));
        entry.put("max", grade.exercise().points());
        entry.put("passed", grade.passed());
        entry.put("failed", grade.failing().size());
        entry.put("skipped", grade.skipped());
        List<Object> failing = new ArrayList<>();
        for (GradedTest test : grade.failing()) {
          Map<String, Object> failure = new LinkedHashMap<>();
          failure.put("test", test.name());
          failure.put("message", test.message());
          failing.add(failure);
        }
        entry.put("failing", failing);
        entry.put("changedFiles", grade.changedFiles());
        exercises.add(entry);
        for (GradedTest test : grade.tests()) {
          tests.add(exercismTest(grade, test, taskId));
        }
      }
      root.put("exercises", exercises);
      root.put("tests", tests);
      try {
        return MAPPER.writeValueAsString(root) + "\n";
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException("cannot write the grades as JSON", e);
      }
    }
  };

  /** Exercism's results format cuts a test's output at this many characters. */
  static final int OUTPUT_LIMIT = 500;

  private static final String CUT = "\n... (cut at 500 characters)";

  /** One test as Exercism's results format (version 3) has it, with the exercise's id beside. */
  private static Map<String, Object> exercismTest(
      ExerciseGrade grade, GradedTest test, int taskId) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("name", test.name());
    entry.put(
        "status",
        switch (test.status()) {
          case PASSED -> "pass";
          case FAILED -> "fail";
          case ERROR, SKIPPED -> "error";
        });
    entry.put(
        "message",
        switch (test.status()) {
          case PASSED -> null;
          case SKIPPED -> "skipped: " + test.message();
          case FAILED, ERROR -> test.message();
        });
    entry.put("output", test.output().isEmpty() ? null : cutOutput(test.output()));
    entry.put("task_id", taskId);
    entry.put("exercise", grade.exercise().id().toString());
    return entry;
  }

  static String cutOutput(String output) {
    if (output.length() <= OUTPUT_LIMIT) {
      return output;
    }
    return output.substring(0, OUTPUT_LIMIT - CUT.length()) + CUT;
  }

  /** pass when every exercise's tests all ran and passed, fail otherwise. */
  private static String overallStatus(Gradebook book) {
    return book.grades().stream().allMatch(g -> g.status() == ExerciseGrade.Status.PASSED)
        ? "pass"
        : "fail";
  }

  private static String scoringSentence(Scoring scoring) {
    return switch (scoring) {
      case PROPORTIONAL ->
          "Points in proportion to the passing tests (--all-or-nothing for all or none).";
      case ALL_OR_NOTHING -> "All of an exercise's points when every test passed, none otherwise.";
    };
  }

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * Renders a gradebook.
   *
   * @param book the grades
   * @return the text, ending with a line break
   */
  public abstract String render(Gradebook book);

  static String summary(ExerciseGrade grade) {
    return switch (grade.status()) {
      case TESTS_CHANGED ->
          "tests or build changed ("
              + grade.changedFiles().size()
              + (grade.changedFiles().size() == 1 ? " file)" : " files)");
      case PASSED -> "all " + grade.passed() + " passed";
      case FAILED -> grade.failing().size() + " of " + grade.ran() + " failed";
      case SKIPPED -> grade.skipped() + " of " + grade.ran() + " skipped (a service was missing?)";
      case NOT_RUN -> "not run (no test report)";
    };
  }

  /** How many changed files and failing tests per exercise the tables show; JSON has them all. */
  static final int SHOWN = 3;

  /**
   * The first {@link #SHOWN} items, each rendered, and then a line saying how many more there are.
   *
   * @param more a format with one {@code %d}, the number of items not shown
   */
  static <T> List<String> firstFew(List<T> items, Function<T, String> render, String more) {
    List<String> lines = new ArrayList<>();
    items.stream().limit(SHOWN).map(render).forEach(lines::add);
    if (items.size() > SHOWN) {
      lines.add(String.format(Locale.ROOT, more, items.size() - SHOWN));
    }
    return lines;
  }

  static String shorten(String text, int limit) {
    return text.length() <= limit ? text : text.substring(0, limit - 3) + "...";
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
