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
      text.append('\n');
      text.append(
          String.format(
              Locale.ROOT, "  %-" + width + "s  %9s  %s%n", "exercise", "points", "tests"));
      for (ExerciseGrade grade : book.grades()) {
        text.append(
            String.format(
                Locale.ROOT,
                "  %-" + width + "s  %4d / %-2d  %s%n",
                grade.exercise().id(),
                grade.earned(),
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
        String indent = "  " + " ".repeat(width) + "             ";
        for (String detail : details) {
          text.append(indent).append(detail).append('\n');
        }
      }
      text.append(
          String.format(
              Locale.ROOT,
              "%n  %-" + width + "s  %4d / %-2d  (%d%%)%n",
              "total",
              book.earned(),
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
          .append(book.earned())
          .append(" / ")
          .append(book.max())
          .append(" points (")
          .append(book.percent())
          .append("%)\n\n")
          .append(
              book.original()
                  .map(original -> "Tests, build and points as assigned in `" + original + "`.\n\n")
                  .orElse(""))
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
            .append(grade.earned())
            .append(" | ")
            .append(grade.exercise().points())
            .append(" | ")
            .append(summary(grade))
            .append(" | ")
            .append(String.join("<br>", failing))
            .append(" |\n");
      }
      md.append("| **Total** | **")
          .append(book.earned())
          .append("** | **")
          .append(book.max())
          .append("** | | |\n");
      return md.toString();
    }
  },
  /** JSON, for tools and spreadsheets. */
  JSON {
    @Override
    public String render(Gradebook book) {
      Map<String, Object> root = new LinkedHashMap<>();
      root.put("directory", book.directory().toString());
      root.put("original", book.original().map(Path::toString).orElse(null));
      root.put("earned", book.earned());
      root.put("max", book.max());
      root.put("percent", book.percent());
      List<Object> exercises = new ArrayList<>();
      for (ExerciseGrade grade : book.grades()) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", grade.exercise().id().toString());
        entry.put("title", grade.exercise().title());
        entry.put("status", grade.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        entry.put("earned", grade.earned());
        entry.put("max", grade.exercise().points());
        entry.put("passed", grade.passed());
        entry.put("failed", grade.failing().size());
        entry.put("skipped", grade.skipped());
        List<Object> failing = new ArrayList<>();
        for (ExerciseGrade.FailingTest test : grade.failing()) {
          Map<String, Object> failure = new LinkedHashMap<>();
          failure.put("test", test.name());
          failure.put("message", test.message());
          failing.add(failure);
        }
        entry.put("failing", failing);
        entry.put("changedFiles", grade.changedFiles());
        exercises.add(entry);
      }
      root.put("exercises", exercises);
      try {
        return MAPPER.writeValueAsString(root) + "\n";
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException("cannot write the grades as JSON", e);
      }
    }
  };

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
