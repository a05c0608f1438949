package dev.roadmapkit.architecture.hexagonalarchitecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.roadmapkit.architecture.hexagonalarchitecture.application.BorrowingService;
import dev.roadmapkit.architecture.hexagonalarchitecture.application.LoanRepository;
import dev.roadmapkit.architecture.hexagonalarchitecture.domain.model.Loan;
import dev.roadmapkit.architecture.hexagonalarchitecture.domain.model.LoanRefusedException;
import dev.roadmapkit.architecture.hexagonalarchitecture.domain.model.NoSuchLoanException;
import dev.roadmapkit.architecture.hexagonalarchitecture.domain.service.LoanPolicy;
import dev.roadmapkit.support.clock.TestClock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The use cases without any adapter: a repository fake written here, no web layer. A use case that
 * needs neither HTTP nor a database to explain its refusals is one you can put behind any adapter.
 */
@DisplayName("architecture/hexagonal-architecture: the use cases speak the domain's language")
class BorrowingServiceTest {

  /** The port, implemented by the test: the application must not care who implements it. */
  static final class MapRepository implements LoanRepository {
    final Map<String, Loan> loans = new TreeMap<>();

    @Override
    public void save(Loan loan) {
      loans.put(loan.bookId(), loan);
    }

    @Override
    public Optional<Loan> findByBook(String bookId) {
      return Optional.ofNullable(loans.get(bookId));
    }

    @Override
    public List<Loan> findByMember(String memberId) {
      return loans.values().stream().filter(l -> l.memberId().equals(memberId)).toList();
    }

    @Override
    public void delete(String bookId) {
      loans.remove(bookId);
    }
  }

  private final MapRepository repository = new MapRepository();
  private final BorrowingService service =
      new BorrowingService(repository, new LoanPolicy(), TestClock.at("2026-01-01T10:00:00Z"));

  @Test
  @DisplayName("refusals are the domain's LoanRefusedException, not an HTTP error")
  void refusalsAreDomainExceptions() {
    service.borrow("ada", "book-1");
    service.borrow("ada", "book-2");
    service.borrow("ada", "book-3");

    Throwable lentOut = catchThrowable(() -> service.borrow("grace", "book-1"));
    Throwable tooMany = catchThrowable(() -> service.borrow("ada", "book-4"));

    assertThat(lentOut)
        .as(
            "a use case has no status codes: it may be called from a queue or a batch job. Throw"
                + " the domain's LoanRefusedException and let the web adapter map it to 409")
        .isInstanceOf(LoanRefusedException.class)
        .hasMessage("book book-1 is already lent out");
    assertThat(tooMany)
        .as("the policy's own LoanRefusedException must pass through unchanged")
        .isInstanceOf(LoanRefusedException.class)
        .hasMessage("ada already has 3 books");
  }

  @Test
  @DisplayName("giving back a book that is not lent out is the domain's NoSuchLoanException")
  void missingLoanIsADomainException() {
    assertThat(catchThrowable(() -> service.giveBack("book-9")))
        .as("throw NoSuchLoanException and let the web adapter map it to 404")
        .isInstanceOf(NoSuchLoanException.class)
        .hasMessage("book book-9 is not lent out");
  }
}
