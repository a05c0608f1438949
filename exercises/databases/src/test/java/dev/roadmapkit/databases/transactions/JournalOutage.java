package dev.roadmapkit.databases.transactions;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;

/**
 * A data source in front of the test database for a bad day: writing the journal row fails in the
 * driver (as when the network drops) after the debit and the credit went through, and closing a
 * connection commits whatever transaction is still open, as some drivers and pools do. JDBC leaves
 * what close does to an open transaction to the driver, so only an explicit rollback is safe.
 */
final class JournalOutage {

  private JournalOutage() {}

  static DataSource around(DataSource database) {
    return proxy(
        DataSource.class,
        (self, method, args) -> {
          Object result = call(database, method, args);
          return method.getName().equals("getConnection")
              ? connection((Connection) result)
              : result;
        });
  }

  private static Connection connection(Connection real) {
    return proxy(
        Connection.class,
        (self, method, args) -> {
          if (method.getName().equals("close")) {
            if (!real.isClosed() && !real.getAutoCommit()) {
              real.commit();
            }
            real.close();
            return null;
          }
          Object result = call(real, method, args);
          if (method.getName().equals("prepareStatement")
              && args[0] instanceof String sql
              && sql.strip().toUpperCase().startsWith("INSERT INTO TRANSFER")) {
            return failingOnExecute((PreparedStatement) result);
          }
          return result;
        });
  }

  private static PreparedStatement failingOnExecute(PreparedStatement real) {
    return proxy(
        PreparedStatement.class,
        (self, method, args) -> {
          if (method.getName().startsWith("execute")) {
            throw new SQLTransientConnectionException(
                "connection reset while writing the journal row (the test's outage)");
          }
          return call(real, method, args);
        });
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
        Proxy.newProxyInstance(
            JournalOutage.class.getClassLoader(), new Class<?>[] {type}, handler));
  }
}
