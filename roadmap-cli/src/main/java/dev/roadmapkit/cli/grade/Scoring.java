package dev.roadmapkit.cli.grade;

/** How an exercise's points follow from its tests. */
public enum Scoring {
  /**
   * The exercise's points times the share of its tests that passed: 7 of 10 tests passing earn 70%
   * of the points. The default: a half-solved exercise shows as half solved.
   */
  PROPORTIONAL,
  /** All the points when every test passed, none otherwise ({@code --all-or-nothing}). */
  ALL_OR_NOTHING;

  /**
   * The points earned.
   *
   * @param points what the exercise is worth
   * @param passed how many of its tests passed
   * @param total how many of its tests there were in the reports (passed, failed or skipped)
   * @return the points earned, rounded to two decimals, from 0 to {@code points}
   */
  public double earned(int points, int passed, int total) {
    if (total == 0 || passed == 0) {
      return 0;
    }
    return switch (this) {
      case PROPORTIONAL -> Math.floor(points * 100.0 * passed / total) / 100.0;
      case ALL_OR_NOTHING -> passed == total ? points : 0;
    };
  }

  /**
   * Writes points as people write them: {@code 3}, {@code 1.5}, {@code 5.83}.
   *
   * @param points a non-negative number with at most two decimals
   * @return the shortest text for it
   */
  public static String format(double points) {
    long hundredths = Math.round(points * 100);
    if (hundredths % 100 == 0) {
      return Long.toString(hundredths / 100);
    }
    String text = String.format(java.util.Locale.ROOT, "%.2f", hundredths / 100.0);
    return text.endsWith("0") ? text.substring(0, text.length() - 1) : text;
  }
}
