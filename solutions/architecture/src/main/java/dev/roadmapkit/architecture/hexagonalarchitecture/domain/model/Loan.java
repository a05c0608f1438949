package dev.roadmapkit.architecture.hexagonalarchitecture.domain.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A book lent to a member. A plain domain value: how it is stored is the persistence adapter's
 * business, not this class's.
 *
 * @param bookId the book
 * @param memberId who borrowed it
 * @param dueDate when it must be back
 */
public record Loan(String bookId, String memberId, LocalDate dueDate) {

  /** Checks that nothing is missing. */
  public Loan {
    Objects.requireNonNull(bookId, "bookId");
    Objects.requireNonNull(memberId, "memberId");
    Objects.requireNonNull(dueDate, "dueDate");
  }
}
