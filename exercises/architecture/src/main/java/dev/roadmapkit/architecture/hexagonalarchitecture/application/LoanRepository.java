package dev.roadmapkit.architecture.hexagonalarchitecture.application;

import dev.roadmapkit.architecture.hexagonalarchitecture.domain.model.Loan;
import java.util.List;
import java.util.Optional;

/** Port: where loans are kept. The application owns it; a persistence adapter implements it. */
public interface LoanRepository {

  /** Stores a loan, replacing any of the same book. */
  void save(Loan loan);

  /** The loan of a book, if it is lent out. */
  Optional<Loan> findByBook(String bookId);

  /** A member's loans, by book id. */
  List<Loan> findByMember(String memberId);

  /** Removes the loan of a book. */
  void delete(String bookId);
}
