package dev.roadmapkit.architecture.hexagonalarchitecture.domain.model;

import dev.roadmapkit.architecture.hexagonalarchitecture.adapter.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A book lent to a member. Part of the exercise {@code architecture/hexagonal-architecture}: see
 * {@code application.BorrowingService} for the task.
 *
 * @param bookId the book
 * @param memberId who borrowed it
 * @param dueDate when it must be back
 */
@Table("loans")
public record Loan(String bookId, String memberId, LocalDate dueDate) {

  /** Checks that nothing is missing. */
  public Loan {
    Objects.requireNonNull(bookId, "bookId");
    Objects.requireNonNull(memberId, "memberId");
    Objects.requireNonNull(dueDate, "dueDate");
  }
}
