package dev.roadmapkit.databases.transactions;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Exercise {@code databases/transactions}: accounts and transfers between them, with JDBC.
 *
 * <p>The tables (created by {@link #createSchema}):
 *
 * <pre>
 * account  (id BIGINT PRIMARY KEY, owner VARCHAR, balance_cents BIGINT NOT NULL)
 * transfer (reference VARCHAR PRIMARY KEY, from_account BIGINT, to_account BIGINT,
 *           amount_cents BIGINT)   -- the journal: one row per transfer that happened
 * </pre>
 *
 * <p>Your task is {@link #transfer}. It must be:
 *
 * <ul>
 *   <li><b>Atomic.</b> Debit, credit and journal row happen together or not at all. A failure
 *       half-way (a journal row whose reference already exists, an account that does not exist)
 *       must leave every balance as it was: run the three statements in one transaction ({@code
 *       connection.setAutoCommit(false)}, then {@code commit()}, or {@code rollback()} on any
 *       failure).
 *   <li><b>Isolated.</b> Many transfers run at the same time on their own connections. None may
 *       lose another's update, and none may overdraw an account because it checked a balance that
 *       another transfer was changing. Two standard ways: lock the two account rows before reading
 *       their balances ({@code select ... for update}, in the same order of ids in every transfer
 *       so that two transfers never wait for each other in a circle), or run at isolation level
 *       {@code SERIALIZABLE} and retry the whole transaction when PostgreSQL aborts it with
 *       SQLState {@code 40001} (a serialization failure).
 *   <li><b>Consistent.</b> Money is only moved, never created or lost: the sum of all balances
 *       never changes.
 * </ul>
 *
 * <p>The other methods are given.
 */
public final class Bank {

  private final DataSource dataSource;

  /** A bank over the tables of {@link #createSchema} in {@code dataSource}. */
  public Bank(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  /** Creates the tables {@code account} and {@code transfer}. Given code. */
  public static void createSchema(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE account (id BIGINT PRIMARY KEY, owner VARCHAR(100) NOT NULL,"
              + " balance_cents BIGINT NOT NULL)");
      statement.execute(
          "CREATE TABLE transfer (reference VARCHAR(40) PRIMARY KEY,"
              + " from_account BIGINT NOT NULL REFERENCES account (id),"
              + " to_account BIGINT NOT NULL REFERENCES account (id),"
              + " amount_cents BIGINT NOT NULL)");
    }
  }

  /** Opens an account with an initial balance. Given code. */
  public void openAccount(long id, String owner, long balanceCents) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO account (id, owner, balance_cents) VALUES (?, ?, ?)")) {
      insert.setLong(1, id);
      insert.setString(2, owner);
      insert.setLong(3, balanceCents);
      insert.executeUpdate();
    }
  }

  /** The balance of an account, in cents. Given code. */
  public long balance(long accountId) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement("SELECT balance_cents FROM account WHERE id = ?")) {
      select.setLong(1, accountId);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          throw new IllegalArgumentException("there is no account " + accountId);
        }
        return row.getLong(1);
      }
    }
  }

  /**
   * Moves {@code amountCents} from one account to another and writes the journal row {@code
   * (reference, from, to, amount)}, all in one transaction.
   *
   * @param reference the transfer's unique reference, the journal's primary key
   * @throws IllegalArgumentException if the amount is not positive or both accounts are the same;
   *     nothing is sent to the database then
   * @throws InsufficientFundsException if the source account's balance, at the moment of the
   *     transfer, is lower than the amount; nothing changes
   * @throws TransferFailedException if an account does not exist or a statement fails (e.g. the
   *     reference was used before); nothing changes
   */
  public void transfer(String reference, long fromAccount, long toAccount, long amountCents) {
    throw new UnsupportedOperationException(
        "TODO databases/transactions: in one transaction, lock both accounts, check the balance,"
            + " debit, credit and insert the journal row; roll back on any failure");
  }
}
