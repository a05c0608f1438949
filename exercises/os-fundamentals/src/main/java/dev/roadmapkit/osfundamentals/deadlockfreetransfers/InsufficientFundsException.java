package dev.roadmapkit.osfundamentals.deadlockfreetransfers;

/** Given: a transfer refused because the paying account holds less than the amount. */
public final class InsufficientFundsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * A refusal.
   *
   * @param from the account that would pay
   * @param balance its balance when the transfer was refused
   * @param amount the amount asked for
   */
  public InsufficientFundsException(Account from, long balance, long amount) {
    super(from + " holds " + balance + ", less than the " + amount + " to transfer");
  }
}
