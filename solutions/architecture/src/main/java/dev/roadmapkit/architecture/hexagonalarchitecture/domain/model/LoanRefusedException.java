package dev.roadmapkit.architecture.hexagonalarchitecture.domain.model;

/** The domain refuses a loan; the message says why, in words a librarian would use. */
public final class LoanRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with the reason. */
  public LoanRefusedException(String reason) {
    super(reason);
  }
}
