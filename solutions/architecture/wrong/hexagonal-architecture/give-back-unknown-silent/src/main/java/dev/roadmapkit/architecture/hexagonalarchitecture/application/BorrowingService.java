package dev.roadmapkit.architecture.hexagonalarchitecture.application;

import dev.roadmapkit.architecture.hexagonalarchitecture.domain.model.Loan;
import dev.roadmapkit.architecture.hexagonalarchitecture.domain.model.LoanRefusedException;
import dev.roadmapkit.architecture.hexagonalarchitecture.domain.model.NoSuchLoanException;
import dev.roadmapkit.architecture.hexagonalarchitecture.domain.service.LoanPolicy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The use cases of the lending app: borrow, give back, list.
 *
 * <p>Reference solution. The key idea of the hexagon: the use cases speak only the domain's
 * language. A refusal is a {@link LoanRefusedException}, a missing loan a {@link
 * NoSuchLoanException}; which status code they become is decided at the edge, by the web adapter,
 * and a message-queue adapter could map them differently. Persistence is reached only through the
 * {@link LoanRepository} port. The trade-off: every adapter maps domain exceptions itself, a small
 * price for use cases that run unchanged behind any adapter, including a test.
 */
public final class BorrowingService {

  private final LoanRepository loans;
  private final LoanPolicy policy;
  private final Clock clock;

  /** Creates the use cases on the repository port, the policy and a clock for the dates. */
  public BorrowingService(LoanRepository loans, LoanPolicy policy, Clock clock) {
    this.loans = Objects.requireNonNull(loans, "loans");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Lends a book to a member.
   *
   * @throws LoanRefusedException if the book is lent out or the member has too many books
   */
  public Loan borrow(String memberId, String bookId) {
    if (loans.findByBook(bookId).isPresent()) {
      throw new LoanRefusedException("book " + bookId + " is already lent out");
    }
    policy.checkCanBorrow(memberId, loans.findByMember(memberId).size());
    Loan loan = new Loan(bookId, memberId, policy.dueDate(LocalDate.now(clock)));
    loans.save(loan);
    return loan;
  }

  /**
   * Takes a book back.
   *
   * @throws NoSuchLoanException if it is not lent out
   */
  public void giveBack(String bookId) {

    loans.delete(bookId);
  }

  /** A member's loans, by book id. */
  public List<Loan> loansOf(String memberId) {
    return loans.findByMember(memberId);
  }
}
