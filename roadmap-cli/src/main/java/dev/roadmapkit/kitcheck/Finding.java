package dev.roadmapkit.kitcheck;

import java.util.Objects;

/**
 * One broken invariant.
 *
 * @param subject the exercise id ({@code caching/lru-cache}) or, for module-wide problems, the
 *     module
 * @param invariant the rule it breaks, in a few words
 * @param message what is wrong and what to do about it
 */
public record Finding(String subject, Invariant invariant, String message) {

  public Finding {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(invariant, "invariant");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return subject + ": [" + invariant.label() + "] " + message;
  }

  /** DESIGN.md's invariants, as the check names them. */
  public enum Invariant {
    SOLUTIONS_PASS("1 solutions pass"),
    STARTING_CODE_FAILS("2 starting code fails"),
    API_PARITY("3 api parity"),
    CATALOG("4 catalog"),
    EVERY_TEST_RUNS("6 every test runs"),
    TIMEOUT("7 default timeout"),
    MUTATION_SCORE("8 mutation score"),
    WRONG_SOLUTIONS("9 wrong solutions rejected"),
    BUILD("build output");

    private final String label;

    Invariant(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
