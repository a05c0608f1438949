package dev.roadmapkit.architecture.hexagonalarchitecture.adapter.web;

import dev.roadmapkit.architecture.hexagonalarchitecture.application.BorrowingService;
import dev.roadmapkit.architecture.hexagonalarchitecture.domain.model.Loan;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The web adapter: {@code POST /members/{member}/loans/{book}}, {@code DELETE /loans/{book}},
 * {@code GET /members/{member}/loans}. Part of the exercise {@code
 * architecture/hexagonal-architecture}: see {@link BorrowingService} for the task.
 */
public final class LoanController {

  private final BorrowingService service;

  /** Creates the adapter on the use cases. */
  public LoanController(BorrowingService service) {
    this.service = Objects.requireNonNull(service, "service");
  }

  /** Lends a book: 201, 400 for a blank id, 409 if refused. */
  public HttpResponse borrow(String memberId, String bookId) {
    try {
      requireId("member", memberId);
      requireId("book", bookId);
      Loan loan = service.borrow(memberId, bookId);
      return new HttpResponse(
          201, loan.memberId() + " borrowed " + loan.bookId() + ", due " + loan.dueDate());
    } catch (HttpError e) {
      return new HttpResponse(e.status(), e.getMessage());
    }
  }

  /** Takes a book back: 204, or 404 if it is not lent out. */
  public HttpResponse giveBack(String bookId) {
    try {
      service.giveBack(bookId);
      return new HttpResponse(204, "");
    } catch (HttpError e) {
      return new HttpResponse(e.status(), e.getMessage());
    }
  }

  /** A member's loans, one line each: 200. */
  public HttpResponse list(String memberId) {
    return new HttpResponse(
        200,
        service.loansOf(memberId).stream()
            .map(loan -> loan.bookId() + " due " + loan.dueDate())
            .collect(Collectors.joining("\n")));
  }

  private static void requireId(String what, String id) {
    if (id.isBlank()) {
      throw new HttpError(400, "the " + what + " id must not be blank");
    }
  }
}
