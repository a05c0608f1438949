package dev.roadmapkit.support.services;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Starts each service at most once per test run, following its {@link ServicePlan}, and keeps it
 * for every later test. Thread-safe.
 */
public final class ServiceRegistry implements AutoCloseable {

  private static volatile ServiceRegistry shared;

  private final ServiceEnvironment environment;
  private final Map<ServiceKind, ServicePlan> plans = new EnumMap<>(ServiceKind.class);
  private PostgresService postgres;
  private EmbeddedServers.StartedPostgres embeddedPostgres;
  private RedisService redis;
  private String brokerUrl;
  private AutoCloseable brokerStop;

  public ServiceRegistry(ServiceEnvironment environment) {
    this.environment = Objects.requireNonNull(environment, "environment");
  }

  /** The registry of this test run, over the real environment; closed when the JVM exits. */
  public static ServiceRegistry shared() {
    ServiceRegistry registry = shared;
    if (registry == null) {
      synchronized (ServiceRegistry.class) {
        registry = shared;
        if (registry == null) {
          registry = new ServiceRegistry(ServiceEnvironment.system());
          ServiceRegistry closing = registry;
          Runtime.getRuntime()
              .addShutdownHook(new Thread(closing::closeQuietly, "roadmap-services-stop"));
          shared = registry;
        }
      }
    }
    return registry;
  }

  /**
   * Makes {@code registry} the shared one until the returned handle is closed. For the tests of the
   * resolution itself, which need to fake the environment.
   */
  public static AutoCloseable replaceSharedForTesting(ServiceRegistry registry) {
    Objects.requireNonNull(registry, "registry");
    synchronized (ServiceRegistry.class) {
      ServiceRegistry previous = shared;
      shared = registry;
      return () -> {
        synchronized (ServiceRegistry.class) {
          shared = previous;
        }
        registry.close();
      };
    }
  }

  public ServiceEnvironment environment() {
    return environment;
  }

  /** The plan for {@code kind}, decided once. */
  public synchronized ServicePlan plan(ServiceKind kind) {
    return plans.computeIfAbsent(kind, k -> ServiceResolver.plan(k, environment));
  }

  /**
   * A fresh database of its own for one test.
   *
   * @throws ServiceStartException if the planned database cannot be reached
   */
  public TestDatabase newDatabase() {
    return postgres().newDatabase();
  }

  /** The engine the plan for PostgreSQL leads to, without starting anything. */
  public DatabaseEngine plannedEngine() {
    return plan(ServiceKind.POSTGRES) instanceof ServicePlan.EmbeddedH2
        ? DatabaseEngine.H2
        : DatabaseEngine.POSTGRESQL;
  }

  /**
   * A flushed Redis.
   *
   * @throws ServiceStartException if the planned Redis cannot be started or reached
   * @throws IllegalStateException if the plan says Redis is unavailable (check the plan first)
   */
  public RedisEndpoint redis() {
    return redisService().flushedEndpoint();
  }

  /**
   * A message broker for one test, with queue names of its own.
   *
   * @throws ServiceStartException if the planned broker cannot be started
   */
  public synchronized BrokerEndpoint broker() {
    if (brokerUrl == null) {
      ServicePlan plan = plan(ServiceKind.BROKER);
      if (plan instanceof ServicePlan.FromEnvironment env) {
        brokerUrl = env.url();
      } else if (plan instanceof ServicePlan.FromTestcontainers) {
        GenericContainer<?> container =
            new GenericContainer<>(DockerImageName.parse(ServiceKind.BROKER.dockerImage()))
                .withEnv("ANONYMOUS_LOGIN", "true")
                .withExposedPorts(61616);
        try {
          container.start();
        } catch (RuntimeException e) {
          throw new ServiceStartException(
              "Testcontainers could not start " + ServiceKind.BROKER.dockerImage(), e);
        }
        brokerStop = container::stop;
        brokerUrl = "tcp://" + container.getHost() + ":" + container.getMappedPort(61616);
      } else if (plan instanceof ServicePlan.EmbeddedBroker) {
        EmbeddedBroker embedded = EmbeddedBroker.start();
        brokerStop = embedded;
        brokerUrl = embedded.url();
      } else {
        throw new IllegalStateException("No broker for plan " + plan.describe());
      }
    }
    return new BrokerEndpoint(brokerUrl);
  }

  private synchronized PostgresService postgres() {
    if (postgres == null) {
      ServicePlan plan = plan(ServiceKind.POSTGRES);
      if (plan instanceof ServicePlan.FromEnvironment env) {
        postgres =
            PostgresService.Real.connect(
                env.url(), ServiceKind.POSTGRES.urlVariable() + " from the environment");
      } else if (plan instanceof ServicePlan.FromTestcontainers) {
        postgres = startPostgresContainer();
      } else if (plan instanceof ServicePlan.EmbeddedPostgres) {
        embeddedPostgres = EmbeddedServers.startPostgres();
        try {
          postgres = PostgresService.Real.connect(embeddedPostgres.jdbcUrl(), plan.describe());
        } catch (RuntimeException e) {
          embeddedPostgres.close();
          embeddedPostgres = null;
          throw e;
        }
      } else if (plan instanceof ServicePlan.EmbeddedH2) {
        postgres = new PostgresService.H2();
      } else {
        throw new IllegalStateException("No database for plan " + plan.describe());
      }
    }
    return postgres;
  }

  private synchronized RedisService redisService() {
    if (redis == null) {
      ServicePlan plan = plan(ServiceKind.REDIS);
      if (plan instanceof ServicePlan.FromEnvironment env) {
        redis =
            RedisService.connect(
                env.url(), ServiceKind.REDIS.urlVariable() + " from the environment", null);
      } else if (plan instanceof ServicePlan.FromTestcontainers) {
        redis = startRedisContainer();
      } else if (plan instanceof ServicePlan.LocalRedisServer local) {
        redis = startLocalRedis(local.executable(), plan);
      } else if (plan instanceof ServicePlan.EmbeddedRedis) {
        redis = startLocalRedis(EmbeddedServers.extractRedisServer(), plan);
      } else if (plan instanceof ServicePlan.Unavailable none) {
        throw new IllegalStateException(none.howToEnable());
      } else {
        throw new IllegalStateException("No Redis for plan " + plan.describe());
      }
    }
    return redis;
  }

  private static RedisService startLocalRedis(java.nio.file.Path executable, ServicePlan plan) {
    LocalRedisServer server = LocalRedisServer.start(executable);
    try {
      return RedisService.connect("redis://127.0.0.1:" + server.port(), plan.describe(), server);
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
  }

  private static PostgresService startPostgresContainer() {
    PostgreSQLContainer container =
        new PostgreSQLContainer(DockerImageName.parse(ServiceKind.POSTGRES.dockerImage()));
    try {
      container.start();
    } catch (RuntimeException e) {
      throw new ServiceStartException(
          "Testcontainers could not start " + ServiceKind.POSTGRES.dockerImage(), e);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "roadmap-postgres-stop"));
    String url =
        container.getJdbcUrl()
            + (container.getJdbcUrl().contains("?") ? "&" : "?")
            + "user="
            + container.getUsername()
            + "&password="
            + container.getPassword();
    return PostgresService.Real.connect(url, "Testcontainers " + container.getDockerImageName());
  }

  private static RedisService startRedisContainer() {
    GenericContainer<?> container =
        new GenericContainer<>(DockerImageName.parse(ServiceKind.REDIS.dockerImage()))
            .withExposedPorts(6379);
    try {
      container.start();
    } catch (RuntimeException e) {
      throw new ServiceStartException(
          "Testcontainers could not start " + ServiceKind.REDIS.dockerImage(), e);
    }
    return RedisService.connect(
        "redis://" + container.getHost() + ":" + container.getMappedPort(6379),
        "Testcontainers " + ServiceKind.REDIS.dockerImage(),
        container::stop);
  }

  @Override
  public synchronized void close() {
    if (redis != null) {
      try {
        redis.close();
      } catch (Exception e) {
        // stopping at the end of a run: nothing useful to do with a failure here
      }
      redis = null;
    }
    if (brokerStop != null) {
      try {
        brokerStop.close();
      } catch (Exception e) {
        // stopping at the end of a run: nothing useful to do with a failure here
      }
      brokerStop = null;
    }
    brokerUrl = null;
    if (embeddedPostgres != null) {
      try {
        embeddedPostgres.close();
      } catch (RuntimeException e) {
        // stopping at the end of a run: the shutdown hook of the server tries again
      }
      embeddedPostgres = null;
    }
    postgres = null;
  }

  private void closeQuietly() {
    close();
  }
}
