package dev.roadmapkit.architecture.hexagonalarchitecture.domain.service;

import dev.roadmapkit.architecture.hexagonalarchitecture.domain.model.LoanRefusedException;
import java.time.LocalDate;

/** The library's lending rules: at most 3 books per member, for 14 days. */
public final class LoanPolicy {

  /** How many books a member may have at once. */
  public static final int MAX_LOANS = 3;

  /** The due date of a book borrowed on {@code day}. */
  public LocalDate dueDate(LocalDate day) {
    return day.plusDays(14);
  }

  /**
   * Checks that a member who has {@code openLoans} books may borrow another.
   *
   * @throws LoanRefusedException if not
   */
  public void checkCanBorrow(String memberId, int openLoans) {
    if (openLoans >= MAX_LOANS) {
      throw new LoanRefusedException(memberId + " already has " + openLoans + " books");
    }
  }
}
