package dev.roadmapkit.cli.grade;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The grades of every exercise in a repository.
 *
 * @param directory the graded repository
 * @param original the assignment whose tests, build and points the grading used, or empty when the
 *     repository's own were used unchecked
 * @param grades one grade per exercise, module by module in catalog order
 * @param scoring how an exercise's points follow from its tests
 */
public record Gradebook(
    Path directory, Optional<Path> original, List<ExerciseGrade> grades, Scoring scoring) {

  /**
   * Checks the components and copies the list.
   *
   * @param directory the graded repository
   * @param original the assignment it was checked against, if any
   * @param grades the grades
   * @param scoring the scoring rule
   */
  public Gradebook {
    Objects.requireNonNull(directory, "directory must not be null");
    Objects.requireNonNull(original, "original must not be null");
    Objects.requireNonNull(scoring, "scoring must not be null");
    grades = List.copyOf(grades);
  }

  /**
   * Returns the points earned in all.
   *
   * @return the sum, rounded to two decimals
   */
  public double earned() {
    return Math.round(grades.stream().mapToDouble(grade -> grade.earned(scoring)).sum() * 100)
        / 100.0;
  }

  /**
   * Returns the points one exercise earned under this gradebook's scoring.
   *
   * @param grade one of the grades
   * @return its points
   */
  public double earned(ExerciseGrade grade) {
    return grade.earned(scoring);
  }

  /**
   * Returns the points there are to earn.
   *
   * @return the sum of the exercises' points
   */
  public int max() {
    return grades.stream().mapToInt(grade -> grade.exercise().points()).sum();
  }

  /**
   * Returns the score as a whole percentage, rounded down.
   *
   * @return 0 to 100
   */
  public int percent() {
    return max() == 0 ? 0 : (int) Math.floor(earned() * 100 / max() + 1e-9);
  }
}
