package dev.roadmapkit.databases.transactions;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;

// Key idea: one transaction per transfer, and the two account rows locked (select ... for update)
// before their balances are read, always in the order of their ids. The lock makes a concurrent
// transfer of the same account wait until this one commits, so its check and its update see the
// balance this one left: no lost update, no overdraft; the fixed order means two transfers never
// wait for each other in a circle. Trade-off: transfers of one busy account run one after the
// other. SERIALIZABLE with a retry on SQLState 40001 gives the same guarantees without naming the
// rows to lock, at the price of redoing aborted work.

/**
 * Exercise {@code databases/transactions}: accounts and transfers between them, with JDBC. A
 * transfer is one transaction that locks both accounts in id order, checks the balance, debits,
 * credits and writes the journal row {@code transfer}, or rolls everything back.
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
    if (amountCents <= 0) {
      throw new IllegalArgumentException("the amount must be positive, was " + amountCents);
    }
    if (fromAccount == toAccount) {
      throw new IllegalArgumentException("account " + fromAccount + " cannot pay itself");
    }
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        long balance = lockBoth(connection, fromAccount, toAccount);
        if (balance < amountCents) {
          throw new InsufficientFundsException(
              "account " + fromAccount + " has " + balance + " cents, " + amountCents + " needed");
        }
        addToBalance(connection, fromAccount, -amountCents);
        addToBalance(connection, toAccount, amountCents);
        try (PreparedStatement journal =
            connection.prepareStatement(
                "INSERT INTO transfer (reference, from_account, to_account, amount_cents)"
                    + " VALUES (?, ?, ?, ?)")) {
          journal.setString(1, reference);
          journal.setLong(2, fromAccount);
          journal.setLong(3, toAccount);
          journal.setLong(4, amountCents);
          journal.executeUpdate();
        }
        connection.commit();
      } catch (SQLException | RuntimeException failure) {
        throw failure;
      }
    } catch (SQLException e) {
      throw new TransferFailedException(
          "transfer " + reference + " failed and was rolled back: " + e.getMessage(), e);
    }
  }

  /** Locks both account rows in id order and returns the balance of {@code fromAccount}. */
  private static long lockBoth(Connection connection, long fromAccount, long toAccount)
      throws SQLException {
    Map<Long, Long> balances = new HashMap<>();
    try (PreparedStatement lock =
        connection.prepareStatement(
            "SELECT id, balance_cents FROM account WHERE id IN (?, ?) ORDER BY id FOR UPDATE")) {
      lock.setLong(1, fromAccount);
      lock.setLong(2, toAccount);
      try (ResultSet rows = lock.executeQuery()) {
        while (rows.next()) {
          balances.put(rows.getLong(1), rows.getLong(2));
        }
      }
    }
    for (long account : new long[] {fromAccount, toAccount}) {
      if (!balances.containsKey(account)) {
        throw new TransferFailedException("there is no account " + account);
      }
    }
    return balances.get(fromAccount);
  }

  private static void addToBalance(Connection connection, long account, long deltaCents)
      throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE account SET balance_cents = balance_cents + ? WHERE id = ?")) {
      update.setLong(1, deltaCents);
      update.setLong(2, account);
      update.executeUpdate();
    }
  }
}
