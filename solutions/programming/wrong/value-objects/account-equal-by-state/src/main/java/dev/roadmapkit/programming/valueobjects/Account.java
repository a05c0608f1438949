package dev.roadmapkit.programming.valueobjects;

/**
 * Exercise {@code programming/value-objects}, part 3: an entity, the opposite of a value.
 *
 * <p>Key idea: an entity's equality is its identity, and the identity is the one thing about it
 * that never changes, so it is also the only safe input to {@code hashCode}. Two objects for one
 * account (loaded twice, say) are equal even while their balances differ; which balance is right is
 * a question for the database, not for {@code equals}.
 */
public final class Account {

  private final String id;
  private long balance;

  /**
   * A new account with balance 0.
   *
   * @throws IllegalArgumentException when {@code id} is blank
   */
  public Account(String id) {
    if (id.isBlank()) {
      throw new IllegalArgumentException("an account needs an id, was \"" + id + "\"");
    }
    this.id = id;
  }

  /** The account's identity. */
  public String id() {
    return id;
  }

  /** The current balance. */
  public long balance() {
    return balance;
  }

  /**
   * Adds {@code amount} to the balance.
   *
   * @throws IllegalArgumentException when {@code amount} is below 1, naming the value
   */
  public void deposit(long amount) {
    if (amount < 1) {
      throw new IllegalArgumentException("a deposit must be at least 1, was " + amount);
    }
    balance += amount;
  }

  /** The same id: the same account. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Account
        && ((Account) other).id.equals(id)
        && ((Account) other).balance == balance;
  }

  /** Over the id only, which never changes. */
  @Override
  public int hashCode() {
    return id.hashCode();
  }
}
