package dev.roadmapkit.databases.transactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.roadmapkit.support.services.RealServices;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@RealServices
@DisplayName("databases/transactions: Bank.transfer, one at a time")
class TransferTest {

  private DataSource database;
  private Bank bank;

  @BeforeEach
  void openAccounts(DataSource dataSource) throws SQLException {
    database = dataSource;
    Bank.createSchema(dataSource);
    bank = new Bank(dataSource);
    bank.openAccount(1, "Ana", 10_000);
    bank.openAccount(2, "Ben", 5_000);
    bank.openAccount(3, "Chloe", 0);
  }

  @Test
  @DisplayName("moves the amount from one account to the other and writes one journal row")
  void movesMoney() throws SQLException {
    bank.transfer("T-1", 1, 2, 2_500);

    assertThat(bank.balance(1)).as("account 1 had 10000 cents and paid 2500").isEqualTo(7_500);
    assertThat(bank.balance(2)).as("account 2 had 5000 cents and got 2500").isEqualTo(7_500);
    assertThat(journal())
        .as("the journal table transfer must hold one row (reference, from, to, amount)")
        .containsExactly("T-1 1->2 2500");
  }

  @Test
  @DisplayName("the whole balance can be transferred, down to zero")
  void wholeBalance() throws SQLException {
    bank.transfer("T-1", 2, 3, 5_000);

    assertThat(bank.balance(2))
        .as("account 2 had exactly 5000 cents: transferring all of it is allowed")
        .isZero();
    assertThat(bank.balance(3)).isEqualTo(5_000);
  }

  @Test
  @DisplayName("refuses a transfer larger than the balance and changes nothing")
  void insufficientFunds() throws SQLException {
    Throwable refusal = catchThrowable(() -> bank.transfer("T-1", 2, 1, 5_001));

    assertThat(refusal)
        .as(
            "account 2 has 5000 cents; a transfer of 5001 must throw InsufficientFundsException"
                + " (and no money may be created from nothing)")
        .isInstanceOf(InsufficientFundsException.class);
    assertThat(List.of(bank.balance(1), bank.balance(2)))
        .as("a refused transfer changes no balance")
        .containsExactly(10_000L, 5_000L);
    assertThat(journal()).as("a refused transfer writes no journal row").isEmpty();
  }

  @Test
  @DisplayName("a failure after the debit and the credit rolls both back")
  void failureMidWayLeavesNoTrace() throws SQLException {
    bank.transfer("T-1", 1, 2, 1_000);

    Throwable failure = catchThrowable(() -> bank.transfer("T-1", 2, 3, 500));

    assertThat(failure)
        .as(
            "the reference T-1 is already in the journal, so inserting the journal row of the"
                + " second transfer fails with an SQLException; transfer must roll back and throw"
                + " a TransferFailedException with the SQLException as its cause")
        .isInstanceOf(TransferFailedException.class)
        .hasCauseInstanceOf(SQLException.class);
    assertThat(List.of(bank.balance(1), bank.balance(2), bank.balance(3)))
        .as(
            "balances of accounts 1, 2, 3: the failed transfer must leave no trace. If account 2"
                + " lost 500 or account 3 gained 500, the debit or the credit was committed on"
                + " its own: run all three statements in one transaction (setAutoCommit(false),"
                + " commit at the end, rollback on failure)")
        .containsExactly(9_000L, 6_000L, 0L);
    assertThat(journal()).containsExactly("T-1 1->2 1000");
  }

  @Test
  @DisplayName("a failure after the debit is rolled back by transfer itself, not left to close()")
  void failureIsRolledBackExplicitly() throws SQLException {
    Bank onABadDay = new Bank(JournalOutage.around(database));

    Throwable failure = catchThrowable(() -> onABadDay.transfer("T-1", 1, 2, 1_000));

    assertThat(failure)
        .as(
            "the driver failed while writing the journal row, after the debit and the credit:"
                + " transfer must throw a TransferFailedException with that SQLException as cause")
        .isInstanceOf(TransferFailedException.class)
        .hasCauseInstanceOf(SQLException.class);
    assertThat(List.of(bank.balance(1), bank.balance(2)))
        .as(
            "balances of accounts 1 and 2 after the failed transfer: the debit and the credit"
                + " were committed without their journal row. This test's connections commit an"
                + " open transaction when they are closed, as some drivers and pools do (JDBC"
                + " leaves it to them), so call connection.rollback() yourself when anything"
                + " fails, before the connection is closed")
        .containsExactly(10_000L, 5_000L);
    assertThat(journal()).isEmpty();
  }

  @ParameterizedTest(name = "from account {0} to account {1}")
  @CsvSource({"1, 99, 99", "99, 1, 99"})
  @DisplayName("a transfer with an account that does not exist fails and changes nothing")
  void unknownAccount(long from, long to, String missing) throws SQLException {
    Throwable failure = catchThrowable(() -> bank.transfer("T-1", from, to, 100));

    assertThat(failure)
        .as(
            "there is no account 99: transfer must throw a TransferFailedException whose message"
                + " names it")
        .isInstanceOf(TransferFailedException.class)
        .isNotInstanceOf(InsufficientFundsException.class)
        .hasMessageContaining(missing);
    assertThat(bank.balance(1))
        .as("account 1 must keep its 10000 cents: nothing may be debited or credited")
        .isEqualTo(10_000);
    assertThat(journal()).isEmpty();
  }

  @ParameterizedTest(name = "{0} cents from account {1} to account {2}")
  @CsvSource({"0, 1, 2", "-500, 1, 2", "100, 1, 1"})
  @DisplayName("rejects a non-positive amount or paying oneself with an IllegalArgumentException")
  void rejectsBadArguments(long amount, long from, long to) throws SQLException {
    assertThat(catchThrowable(() -> bank.transfer("T-1", from, to, amount)))
        .as(
            "a transfer of %d cents from account %d to account %d makes no sense: throw"
                + " IllegalArgumentException before touching the database",
            amount, from, to)
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(List.of(bank.balance(1), bank.balance(2))).containsExactly(10_000L, 5_000L);
  }

  @Test
  @DisplayName("after 40 random transfers the balances match the journal and no money is lost")
  void randomTransfersConserveMoney() throws SQLException {
    Random random = new Random(20_240_301L);
    long[] expected = {0, 10_000, 5_000, 0};
    int refused = 0;
    for (int i = 0; i < 40; i++) {
      int from = 1 + random.nextInt(3);
      int to = 1 + (from + random.nextInt(2)) % 3;
      long amount = 1 + random.nextInt(4_000);
      try {
        bank.transfer("R-" + i, from, to, amount);
        expected[from] -= amount;
        expected[to] += amount;
      } catch (InsufficientFundsException e) {
        refused++;
        assertThat(expected[from])
            .as("transfer R-%d of %d cents from account %d was refused", i, amount, from)
            .isLessThan(amount);
      }
    }

    assertThat(List.of(bank.balance(1), bank.balance(2), bank.balance(3)))
        .as("the balances of accounts 1, 2, 3 must equal what the successful transfers imply")
        .containsExactly(expected[1], expected[2], expected[3]);
    assertThat(journal()).as("one journal row per successful transfer").hasSize(40 - refused);
  }

  private List<String> journal() throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT reference, from_account, to_account, amount_cents FROM transfer"
                    + " ORDER BY reference")) {
      while (row.next()) {
        rows.add(
            row.getString(1) + " " + row.getLong(2) + "->" + row.getLong(3) + " " + row.getLong(4));
      }
    }
    return rows;
  }
}
