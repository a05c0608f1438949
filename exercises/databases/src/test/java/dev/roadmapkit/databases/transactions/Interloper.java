package dev.roadmapkit.databases.transactions;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

/**
 * A data source in front of the test database that, just before the transfer's first {@code UPDATE
 * account}, lets another client try to empty the payer's account in a transaction of its own. It
 * asks for the row with {@code FOR UPDATE NOWAIT}: if the transfer holds the row's lock, it is
 * refused at once and changes nothing (no waiting, so no deadlock and no timing).
 */
final class Interloper {

  private final DataSource database;
  private final long account;
  private final AtomicBoolean tried = new AtomicBoolean();

  private Interloper(DataSource database, long account) {
    this.database = database;
    this.account = account;
  }

  /** The data source the bank under test uses; the interloper empties {@code account}. */
  static DataSource emptying(DataSource database, long account) {
    Interloper interloper = new Interloper(database, account);
    return proxy(
        DataSource.class,
        (self, method, args) -> {
          Object result = call(database, method, args);
          return method.getName().equals("getConnection")
              ? interloper.connection((Connection) result)
              : result;
        });
  }

  private Connection connection(Connection real) {
    return proxy(
        Connection.class,
        (self, method, args) -> {
          Object result = call(real, method, args);
          if (method.getName().equals("prepareStatement")
              && args[0] instanceof String sql
              && sql.strip().toUpperCase().startsWith("UPDATE ACCOUNT")) {
            return interruptedBeforeExecute((PreparedStatement) result);
          }
          return result;
        });
  }

  private PreparedStatement interruptedBeforeExecute(PreparedStatement real) {
    return proxy(
        PreparedStatement.class,
        (self, method, args) -> {
          if (method.getName().startsWith("execute") && tried.compareAndSet(false, true)) {
            tryToEmptyTheAccount();
          }
          return call(real, method, args);
        });
  }

  private void tryToEmptyTheAccount() throws SQLException {
    try (Connection other = database.getConnection();
        Statement statement = other.createStatement()) {
      other.setAutoCommit(false);
      try {
        statement.execute(
            "SELECT balance_cents FROM account WHERE id = " + account + " FOR UPDATE NOWAIT");
        statement.execute("UPDATE account SET balance_cents = 0 WHERE id = " + account);
        other.commit();
      } catch (SQLException lockedOrConflicting) {
        other.rollback();
      }
    }
  }

  private static Object call(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static <T> T proxy(Class<T> type, InvocationHandler handler) {
    return type.cast(
        Proxy.newProxyInstance(Interloper.class.getClassLoader(), new Class<?>[] {type}, handler));
  }
}
