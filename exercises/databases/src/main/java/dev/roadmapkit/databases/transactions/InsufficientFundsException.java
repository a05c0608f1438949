package dev.roadmapkit.databases.transactions;

/** A transfer refused because the source account's balance is lower than the amount. Given. */
public class InsufficientFundsException extends TransferFailedException {

  private static final long serialVersionUID = 1L;

  /** A refusal whose {@code message} names the account, its balance and the amount. */
  public InsufficientFundsException(String message) {
    super(message);
  }
}
