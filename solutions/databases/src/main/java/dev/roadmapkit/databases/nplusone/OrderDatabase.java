package dev.roadmapkit.databases.nplusone;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/**
 * Starts Hibernate for this exercise on a given {@link DataSource} and creates the tables of the
 * three entities. Given code: the exercise does not need you to change it.
 */
public final class OrderDatabase {

  /** Hibernate logs its start-up through java.util.logging; the test output is for the learner. */
  private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate");

  static {
    HIBERNATE_LOG.setLevel(Level.WARNING);
  }

  private OrderDatabase() {}

  /**
   * An {@link EntityManagerFactory} over {@code dataSource}, with the tables {@code customer},
   * {@code customer_order} and {@code order_line} created. Close it when done.
   */
  public static EntityManagerFactory open(DataSource dataSource) {
    return new HibernatePersistenceConfiguration("databases-n-plus-one")
        .managedClasses(Customer.class, CustomerOrder.class, OrderLine.class)
        .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
        .property(PersistenceConfiguration.SCHEMAGEN_DATABASE_ACTION, "create")
        // One connection per EntityManager, kept until it closes: the tests' data source opens
        // a new physical connection each time, where production code would use a pool.
        .property(AvailableSettings.CONNECTION_HANDLING, "DELAYED_ACQUISITION_AND_HOLD")
        .createEntityManagerFactory();
  }
}
