package dev.roadmapkit.architecture.hexagonalarchitecture.application;

import dev.roadmapkit.architecture.hexagonalarchitecture.adapter.web.HttpError;
import dev.roadmapkit.architecture.hexagonalarchitecture.domain.model.Loan;
import dev.roadmapkit.architecture.hexagonalarchitecture.domain.model.LoanRefusedException;
import dev.roadmapkit.architecture.hexagonalarchitecture.domain.service.LoanPolicy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Exercise {@code architecture/hexagonal-architecture}: the use cases of the lending app.
 *
 * <p>In a hexagonal (onion) architecture the dependencies point inwards only: adapters depend on
 * the application, the application on the domain, and the domain on nothing. Then the domain and
 * the use cases can be tested, reused and kept while adapters (a web framework, a database) come
 * and go. Two dependencies here point outwards:
 *
 * <ol>
 *   <li>This service speaks HTTP: it throws the web adapter's {@code HttpError} with status codes
 *       409 and 404. A use case called from a message queue or a batch job has no status codes.
 *       Throw the domain's {@link LoanRefusedException} and {@code NoSuchLoanException}, and let
 *       the web adapter ({@code LoanController}) map them to 409 and 404.
 *   <li>The domain's {@link Loan} carries the persistence adapter's {@code @Table} annotation, and
 *       the adapter reads its table name from there. The mapping is the adapter's business: remove
 *       the annotation and let {@code InMemoryLoanRepository} name its table itself.
 * </ol>
 *
 * <p><b>Your task:</b> turn both round without changing a public signature or what the web adapter
 * answers. {@code LibraryTest} (guard) keeps the behaviour; {@code HexagonRulesTest} (ArchUnit)
 * states the rules; {@code BorrowingServiceTest} calls the use cases with no adapter at all.
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
      throw new HttpError(409, "book " + bookId + " is already lent out");
    }
    try {
      policy.checkCanBorrow(memberId, loans.findByMember(memberId).size());
    } catch (LoanRefusedException e) {
      throw new HttpError(409, e.getMessage());
    }
    Loan loan = new Loan(bookId, memberId, policy.dueDate(LocalDate.now(clock)));
    loans.save(loan);
    return loan;
  }

  /**
   * Takes a book back.
   *
   * @throws dev.roadmapkit.architecture.hexagonalarchitecture.domain.model.NoSuchLoanException if
   *     it is not lent out
   */
  public void giveBack(String bookId) {
    if (loans.findByBook(bookId).isEmpty()) {
      throw new HttpError(404, "book " + bookId + " is not lent out");
    }
    loans.delete(bookId);
  }

  /** A member's loans, by book id. */
  public List<Loan> loansOf(String memberId) {
    return loans.findByMember(memberId);
  }
}
