package dev.roadmapkit.architecture.hexagonalarchitecture.adapter.persistence;

import dev.roadmapkit.architecture.hexagonalarchitecture.application.LoanRepository;
import dev.roadmapkit.architecture.hexagonalarchitecture.domain.model.Loan;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The persistence adapter, in memory. It owns the mapping of loans to its table. */
public final class InMemoryLoanRepository implements LoanRepository {

  private static final String TABLE = "loans";

  private final Map<String, Loan> rows = new TreeMap<>();

  /** The DDL of the table this adapter stands in for. */
  public String schema() {
    return "CREATE TABLE "
        + TABLE
        + " (book_id VARCHAR(64) PRIMARY KEY, member_id VARCHAR(64), due_date DATE)";
  }

  @Override
  public void save(Loan loan) {
    rows.put(loan.bookId(), loan);
  }

  @Override
  public Optional<Loan> findByBook(String bookId) {
    return Optional.ofNullable(rows.get(bookId));
  }

  @Override
  public List<Loan> findByMember(String memberId) {
    return rows.values().stream().filter(loan -> loan.memberId().equals(memberId)).toList();
  }

  @Override
  public void delete(String bookId) {
    rows.remove(bookId);
  }
}
