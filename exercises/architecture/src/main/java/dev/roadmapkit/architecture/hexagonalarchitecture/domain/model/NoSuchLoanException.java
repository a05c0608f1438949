package dev.roadmapkit.architecture.hexagonalarchitecture.domain.model;

/** There is no loan of that book. */
public final class NoSuchLoanException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception for {@code bookId}. */
  public NoSuchLoanException(String bookId) {
    super("book " + bookId + " is not lent out");
  }
}
