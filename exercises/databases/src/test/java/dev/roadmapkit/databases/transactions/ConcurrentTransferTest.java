package dev.roadmapkit.databases.transactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.fail;

import dev.roadmapkit.support.services.RealServices;
import dev.roadmapkit.support.services.RequiresPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@RealServices
@RequiresPostgres(
    "it checks how transfers behave while other transactions hold row locks, which needs"
        + " PostgreSQL's own locking and isolation")
@DisplayName("databases/transactions: Bank.transfer among concurrent transactions")
class ConcurrentTransferTest {

  private DataSource database;
  private Bank bank;
  private ExecutorService pool;

  @BeforeEach
  void openAccounts(DataSource dataSource) throws SQLException {
    database = dataSource;
    Bank.createSchema(dataSource);
    bank = new Bank(dataSource);
    for (long id = 1; id <= 4; id++) {
      bank.openAccount(id, "owner " + id, 10_000);
    }
    pool = Executors.newFixedThreadPool(6);
    warmUp(dataSource, 8);
  }

  /**
   * Opens {@code count} connections at once and gives them back, so that the test database's pool
   * holds them idle before the threads start. A test here holds a row lock on one connection while
   * a transfer asks for another; a pool that first has to start a server process for it, on a
   * loaded machine, must not decide the test.
   */
  private static void warmUp(DataSource dataSource, int count) throws SQLException {
    List<Connection> open = new ArrayList<>();
    try {
      for (int i = 0; i < count; i++) {
        open.add(dataSource.getConnection());
      }
    } finally {
      for (Connection connection : open) {
        connection.close();
      }
    }
  }

  @AfterEach
  void stopThreads() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }

  @Test
  @DisplayName("a transfer waits for another transaction's change of the account and keeps it")
  void noLostUpdate() throws Exception {
    Future<Void> transfer;
    try (Connection other = database.getConnection()) {
      other.setAutoCommit(false);
      execute(other, "UPDATE account SET balance_cents = balance_cents - 7000 WHERE id = 1");
      transfer = pool.submit(() -> transfer("T-1", 1, 2, 2_000));
      awaitBlockedBy(other, transfer);
      other.commit();
    }
    outcome(transfer);

    assertThat(bank.balance(1))
        .as(
            "another transaction took 7000 of account 1's 10000 cents and committed while the"
                + " transfer of 2000 waited for it: 1000 must be left. 8000 means a lost update:"
                + " the transfer read the balance before the other transaction committed and"
                + " then wrote `balance - 2000` computed in Java over the other's change. Lock"
                + " the row before reading it (select ... for update) or update relatively"
                + " (set balance_cents = balance_cents - ?)")
        .isEqualTo(1_000);
    assertThat(bank.balance(2)).isEqualTo(12_000);
  }

  @Test
  @DisplayName("between the balance check and the debit no other transaction can empty the payer")
  void payerStaysLockedUntilCommit() throws Exception {
    Bank contested = new Bank(Interloper.emptying(database, 1));

    Throwable outcome = catchThrowable(() -> contested.transfer("T-1", 1, 2, 10_000));

    if (outcome != null) {
      assertThat(outcome)
          .as(
              "a transfer of all 10000 cents of account 1 must go through, or be refused as"
                  + " InsufficientFundsException if the money was taken first, or fail as"
                  + " TransferFailedException; it threw %s",
              outcome)
          .isInstanceOfAny(InsufficientFundsException.class, TransferFailedException.class);
    }

    assertThat(bank.balance(1))
        .as(
            "account 1 had 10000 cents and the transfer took all of them. Just before the debit,"
                + " after the balance check, another client tried to set account 1 to 0 (asking"
                + " for its row lock without waiting). The account ended below 0, so the check"
                + " was made on money that was gone: the rows must stay locked (select ... for"
                + " update in the same transaction as the update) until the commit. Outcome of"
                + " transfer: %s",
            outcome == null ? "it went through" : outcome)
        .isNotNegative();
    assertThat(bank.balance(1) + bank.balance(2))
        .as(
            "accounts 1 and 2 together: 20000 cents, minus the 10000 the other client may have"
                + " taken if the transfer did not go through; a transfer moves money, it never"
                + " creates or destroys it")
        .isIn(10_000L, 20_000L);
  }

  @Test
  @DisplayName("a transfer checks the balance as it is after another transaction's withdrawal")
  void noOverdraft() throws Exception {
    Future<Void> transfer;
    try (Connection other = database.getConnection()) {
      other.setAutoCommit(false);
      execute(other, "UPDATE account SET balance_cents = balance_cents - 9000 WHERE id = 1");
      transfer = pool.submit(() -> transfer("T-1", 1, 2, 5_000));
      awaitBlockedBy(other, transfer);
      other.commit();
    }

    Throwable refusal = null;
    try {
      transfer.get(30, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      refusal = e.getCause();
    }
    assertThat(refusal)
        .as(
            "while another transaction withdrew 9000 of account 1's 10000 cents, a transfer of"
                + " 5000 started. After the withdrawal committed only 1000 was left, so the"
                + " transfer must throw InsufficientFundsException. If it went through, it"
                + " checked a balance that was about to change: lock the row (select ... for"
                + " update) before checking, or use SERIALIZABLE and retry on SQLState 40001")
        .isInstanceOf(InsufficientFundsException.class);
    assertThat(bank.balance(1)).as("account 1 must not be overdrawn").isEqualTo(1_000);
    assertThat(bank.balance(2)).isEqualTo(10_000);
  }

  @Test
  @DisplayName("120 concurrent transfers in both directions conserve money and lose nothing")
  void concurrentTransfers() throws Exception {
    int threads = 6;
    int perThread = 20;
    CyclicBarrier start = new CyclicBarrier(threads);
    List<long[]> done = new CopyOnWriteArrayList<>();
    List<String> failures = new CopyOnWriteArrayList<>();
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Random random = new Random(7_919L * (t + 1));
      String prefix = "C" + t + "-";
      workers.add(
          pool.submit(
              () -> {
                start.await();
                for (int i = 0; i < perThread; i++) {
                  long from = 1 + random.nextInt(4);
                  long to = 1 + (from + random.nextInt(3)) % 4;
                  long amount = 1 + random.nextInt(3_000);
                  try {
                    bank.transfer(prefix + i, from, to, amount);
                    done.add(new long[] {from, to, amount});
                  } catch (InsufficientFundsException refused) {
                    // Allowed: the account really had too little at that moment.
                  } catch (RuntimeException e) {
                    failures.add(prefix + i + " " + from + "->" + to + ": " + e);
                  }
                }
                return null;
              }));
    }
    for (Future<?> worker : workers) {
      worker.get(30, TimeUnit.SECONDS);
    }

    if (!failures.isEmpty()) {
      fail(
          "%d of the %d transfers failed for another reason than insufficient funds, the first"
              + " one: %s%nA deadlock (SQLState 40P01) means two transfers locked the same two"
              + " accounts in opposite orders: lock them in the order of their ids. A"
              + " serialization failure (40001) under SERIALIZABLE must be retried",
          failures.size(), threads * perThread, failures.get(0));
    }
    long[] expected = {0, 10_000, 10_000, 10_000, 10_000};
    for (long[] transfer : done) {
      expected[(int) transfer[0]] -= transfer[2];
      expected[(int) transfer[1]] += transfer[2];
    }
    List<Long> balances = new ArrayList<>();
    for (long id = 1; id <= 4; id++) {
      balances.add(bank.balance(id));
    }
    assertThat(balances.stream().mapToLong(Long::longValue).sum())
        .as("money is only moved: the four balances (%s) must still add up to 40000", balances)
        .isEqualTo(40_000);
    assertThat(balances)
        .as(
            "each balance must equal 10000 plus what the %d successful transfers brought in"
                + " minus what they took out; a difference is a lost update",
            done.size())
        .containsExactly(expected[1], expected[2], expected[3], expected[4]);
    assertThat(balances).as("no account may be overdrawn").allMatch(balance -> balance >= 0);
    assertThat(countJournalRows())
        .as("one journal row per successful transfer")
        .isEqualTo(done.size());
  }

  private Void transfer(String reference, long from, long to, long amount) {
    bank.transfer(reference, from, to, amount);
    return null;
  }

  /**
   * Returns once the transfer is blocked by {@code holder}'s row lock, or has finished. Polls
   * PostgreSQL: pg_blocking_pids lists the sessions that make a session wait.
   */
  private void awaitBlockedBy(Connection holder, Future<?> transfer)
      throws SQLException, InterruptedException {
    int holderPid;
    try (Statement statement = holder.createStatement();
        ResultSet row = statement.executeQuery("SELECT pg_backend_pid()")) {
      row.next();
      holderPid = row.getInt(1);
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    try (Connection monitor = database.getConnection();
        PreparedStatement blocked =
            monitor.prepareStatement(
                "SELECT count(*) FROM pg_stat_activity WHERE ? = ANY (pg_blocking_pids(pid))")) {
      blocked.setInt(1, holderPid);
      while (!transfer.isDone()) {
        try (ResultSet row = blocked.executeQuery()) {
          row.next();
          if (row.getInt(1) > 0) {
            return;
          }
        }
        if (System.nanoTime() > deadline) {
          fail(
              "the transfer neither finished nor waited for the row lock of the other"
                  + " transaction within 20 s");
        }
        Thread.sleep(5); // leave the CPU to the transfer on a small machine
      }
    }
  }

  private static void outcome(Future<Void> transfer) throws Exception {
    try {
      transfer.get(30, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      fail("the transfer failed: " + e.getCause(), e.getCause());
    }
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private int countJournalRows() throws SQLException {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT count(*) FROM transfer")) {
      row.next();
      return row.getInt(1);
    }
  }
}
