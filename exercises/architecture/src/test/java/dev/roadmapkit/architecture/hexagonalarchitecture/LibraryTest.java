package dev.roadmapkit.architecture.hexagonalarchitecture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmapkit.architecture.hexagonalarchitecture.adapter.persistence.InMemoryLoanRepository;
import dev.roadmapkit.architecture.hexagonalarchitecture.adapter.web.HttpResponse;
import dev.roadmapkit.architecture.hexagonalarchitecture.adapter.web.LoanController;
import dev.roadmapkit.architecture.hexagonalarchitecture.application.BorrowingService;
import dev.roadmapkit.architecture.hexagonalarchitecture.domain.service.LoanPolicy;
import dev.roadmapkit.support.clock.TestClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Guard tests: the lending app through its web adapter, on a test clock. */
@Tag("guard")
@DisplayName("architecture/hexagonal-architecture: the lending app keeps its answers (guard)")
class LibraryTest {

  private static final String KEEP =
      "this guard passed before your change: turning dependencies round must not change what the"
          + " app answers";

  private final InMemoryLoanRepository repository = new InMemoryLoanRepository();
  private final LoanController web =
      new LoanController(
          new BorrowingService(repository, new LoanPolicy(), TestClock.at("2026-01-01T10:00:00Z")));

  @Test
  @DisplayName("a member borrows books, due in 14 days, and lists them")
  void borrowAndList() {
    assertThat(web.borrow("ada", "book-2"))
        .as(KEEP)
        .isEqualTo(new HttpResponse(201, "ada borrowed book-2, due 2026-01-15"));
    web.borrow("ada", "book-1");
    web.borrow("grace", "book-3");

    assertThat(web.list("ada"))
        .as(KEEP)
        .isEqualTo(new HttpResponse(200, "book-1 due 2026-01-15\nbook-2 due 2026-01-15"));
    assertThat(web.list("nobody")).as(KEEP).isEqualTo(new HttpResponse(200, ""));
  }

  @Test
  @DisplayName("a book that is lent out cannot be borrowed: 409")
  void bookLentOut() {
    web.borrow("ada", "book-1");

    assertThat(web.borrow("grace", "book-1"))
        .as(KEEP)
        .isEqualTo(new HttpResponse(409, "book book-1 is already lent out"));
  }

  @Test
  @DisplayName("a fourth book is refused: 409")
  void tooManyBooks() {
    web.borrow("ada", "book-1");
    web.borrow("ada", "book-2");
    web.borrow("ada", "book-3");

    assertThat(web.borrow("ada", "book-4"))
        .as(KEEP)
        .isEqualTo(new HttpResponse(409, "ada already has 3 books"));
  }

  @Test
  @DisplayName("giving a book back frees it: 204, then 404 for a book not lent out")
  void giveBack() {
    web.borrow("ada", "book-1");

    assertThat(web.giveBack("book-1")).as(KEEP).isEqualTo(new HttpResponse(204, ""));
    assertThat(web.giveBack("book-1"))
        .as(KEEP)
        .isEqualTo(new HttpResponse(404, "book book-1 is not lent out"));
    assertThat(web.borrow("grace", "book-1").status()).as(KEEP).isEqualTo(201);
  }

  @Test
  @DisplayName("a blank member or book id is 400")
  void blankIds() {
    assertThat(web.borrow(" ", "book-1"))
        .as(KEEP)
        .isEqualTo(new HttpResponse(400, "the member id must not be blank"));
    assertThat(web.borrow("ada", ""))
        .as(KEEP)
        .isEqualTo(new HttpResponse(400, "the book id must not be blank"));
  }

  @Test
  @DisplayName("the persistence adapter describes its table")
  void schema() {
    assertThat(repository.schema())
        .as(KEEP)
        .isEqualTo(
            "CREATE TABLE loans (book_id VARCHAR(64) PRIMARY KEY, member_id VARCHAR(64), due_date DATE)");
  }
}
