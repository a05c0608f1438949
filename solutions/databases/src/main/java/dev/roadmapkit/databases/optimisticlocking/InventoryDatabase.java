package dev.roadmapkit.databases.optimisticlocking;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/**
 * Starts Hibernate for this exercise on a given {@link DataSource} and creates the table {@code
 * stock_item}. Given code: the exercise does not need you to change it.
 */
public final class InventoryDatabase {

  /** Hibernate logs its start-up through java.util.logging; the test output is for the learner. */
  private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate");

  static {
    HIBERNATE_LOG.setLevel(Level.WARNING);
  }

  private InventoryDatabase() {}

  /** An {@link EntityManagerFactory} over {@code dataSource}. Close it when done. */
  public static EntityManagerFactory open(DataSource dataSource) {
    return new HibernatePersistenceConfiguration("databases-optimistic-locking")
        .managedClasses(StockItem.class)
        .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
        .property(PersistenceConfiguration.SCHEMAGEN_DATABASE_ACTION, "create")
        // One connection per EntityManager, kept until it closes: the tests' data source opens
        // a new physical connection each time, where production code would use a pool.
        .property(AvailableSettings.CONNECTION_HANDLING, "DELAYED_ACQUISITION_AND_HOLD")
        .createEntityManagerFactory();
  }
}
