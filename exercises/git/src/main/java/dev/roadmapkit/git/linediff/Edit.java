package dev.roadmapkit.git.linediff;

import java.util.Objects;

/**
 * One step of an edit script that turns file A into file B: keep a line of A, delete a line of A,
 * or insert a line of B. A line is as {@link Lines#split(String)} gives it, with its {@code '\n'}
 * when it has one.
 *
 * @param kind what the step does
 * @param line the line kept, deleted or inserted
 */
public record Edit(Kind kind, String line) {

  /** What a step does. */
  public enum Kind {
    /** The line is in both files: a context line {@code " line"} in a diff. */
    KEEP,
    /** The line of A is not in B: {@code "-line"}. */
    DELETE,
    /** The line of B is not in A: {@code "+line"}. */
    INSERT
  }

  public Edit {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(line, "line");
  }

  /** Keeps {@code line}. */
  public static Edit keep(String line) {
    return new Edit(Kind.KEEP, line);
  }

  /** Deletes {@code line}. */
  public static Edit delete(String line) {
    return new Edit(Kind.DELETE, line);
  }

  /** Inserts {@code line}. */
  public static Edit insert(String line) {
    return new Edit(Kind.INSERT, line);
  }

  /** Whether this step changes something (a delete or an insert). */
  public boolean isChange() {
    return kind != Kind.KEEP;
  }
}
