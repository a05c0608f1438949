package dev.roadmapkit.support.services;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * How long each way of getting a service takes, from nothing to the first usable connection: a new
 * registry, the plan, the start, and one database (a connection that answers) or one flushed Redis.
 * Run by {@code bench/services.sh}; prints a Markdown table. Paths this machine lacks are listed as
 * such, not timed.
 */
public final class ServiceStartupBench {

  private ServiceStartupBench() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    ServiceEnvironment system = ServiceEnvironment.system();
    Map<String, ServiceEnvironment> postgres = new LinkedHashMap<>();
    Map<String, ServiceEnvironment> redis = new LinkedHashMap<>();
    for (ServiceKind kind : ServiceKind.values()) {
      Map<String, ServiceEnvironment> paths = kind == ServiceKind.POSTGRES ? postgres : redis;
      system
          .variable(kind.urlVariable())
          .ifPresent(
              url ->
                  paths.put(
                      kind.urlVariable() + " (a running server)",
                      only(Map.of(kind.urlVariable(), url), false, false)));
    }
    postgres.put("embedded PostgreSQL 15 (zonky)", only(Map.of(), false, true));
    postgres.put("H2 in PostgreSQL mode (no binary)", only(Map.of(), false, false));
    if (system.executables().apply("redis-server").isPresent()) {
      redis.put("redis-server on the PATH", only(Map.of(), true, false));
    }
    redis.put("embedded redis-server (embedded-redis)", only(Map.of(), false, true));

    System.out.printf(
        Locale.ROOT,
        "| service | path | first run | median of %d | runs (ms) |%n|---|---|---|---|---|%n",
        runs);
    time("PostgreSQL", postgres, runs, registry -> withConnection(registry));
    time("Redis", redis, runs, ServiceRegistry::redis);
  }

  private static ServiceEnvironment only(
      Map<String, String> variables, boolean redisOnPath, boolean embedded) {
    ServiceEnvironment system = ServiceEnvironment.system();
    return new ServiceEnvironment(
        variables,
        () -> false,
        name -> redisOnPath ? system.executables().apply(name) : Optional.empty(),
        kind -> embedded && EmbeddedServers.available(kind));
  }

  private static void withConnection(ServiceRegistry registry) {
    try (TestDatabase database = registry.newDatabase();
        Connection connection = database.dataSource().getConnection()) {
      if (!connection.isValid(5)) {
        throw new IllegalStateException("the connection does not answer");
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void time(
      String service,
      Map<String, ServiceEnvironment> paths,
      int runs,
      Consumer<ServiceRegistry> firstUse) {
    for (Map.Entry<String, ServiceEnvironment> path : paths.entrySet()) {
      List<Long> millis = new ArrayList<>();
      String failure = null;
      for (int run = 0; run < runs && failure == null; run++) {
        long start = System.nanoTime();
        try (ServiceRegistry registry = new ServiceRegistry(path.getValue())) {
          ServiceKind kind = service.equals("Redis") ? ServiceKind.REDIS : ServiceKind.POSTGRES;
          if (registry.plan(kind) instanceof ServicePlan.Unavailable) {
            failure = "not available here";
            break;
          }
          firstUse.accept(registry);
          millis.add((System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
          failure = "failed: " + e.getMessage();
        }
      }
      if (millis.isEmpty()) {
        System.out.printf(Locale.ROOT, "| %s | %s | %s | | |%n", service, path.getKey(), failure);
        continue;
      }
      List<Long> sorted = new ArrayList<>(millis);
      sorted.sort(null);
      System.out.printf(
          Locale.ROOT,
          "| %s | %s | %d ms | %d ms | %s |%n",
          service,
          path.getKey(),
          millis.get(0),
          sorted.get(sorted.size() / 2),
          millis);
    }
  }
}
