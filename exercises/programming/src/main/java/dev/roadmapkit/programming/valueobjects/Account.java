package dev.roadmapkit.programming.valueobjects;

/**
 * Exercise {@code programming/value-objects}, part 3: an entity, the opposite of a value.
 *
 * <p>An account has an identity, its id, and a state that changes, its balance. Two {@code Account}
 * objects with the same id are the same account, whatever balance each has seen, so {@code equals}
 * and {@code hashCode} use the id alone. Put the balance into {@code hashCode} and a deposit moves
 * the account to another hash bucket: a {@code HashSet} holding it no longer finds it.
 */
public final class Account {

  /**
   * A new account with balance 0.
   *
   * @throws IllegalArgumentException when {@code id} is blank
   */
  public Account(String id) {
    throw new UnsupportedOperationException(
        "TODO programming/value-objects: check the id, keep it, start at balance 0");
  }

  /** The account's identity. */
  public String id() {
    throw new UnsupportedOperationException("TODO programming/value-objects: the id");
  }

  /** The current balance. */
  public long balance() {
    throw new UnsupportedOperationException("TODO programming/value-objects: the balance");
  }

  /**
   * Adds {@code amount} to the balance.
   *
   * @throws IllegalArgumentException when {@code amount} is below 1, naming the value
   */
  public void deposit(long amount) {
    throw new UnsupportedOperationException(
        "TODO programming/value-objects: check the amount, add it");
  }

  /** The same id: the same account. */
  @Override
  public boolean equals(Object other) {
    throw new UnsupportedOperationException(
        "TODO programming/value-objects: another Account with the same id");
  }

  /** Over the id only, which never changes. */
  @Override
  public int hashCode() {
    throw new UnsupportedOperationException("TODO programming/value-objects: the id's hash");
  }
}
