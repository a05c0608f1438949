package dev.roadmapkit.support.services;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.util.Objects;

/** A started Redis: hands out its endpoint, flushed, and closes its own client at the end. */
final class RedisService implements AutoCloseable {

  private final RedisEndpoint endpoint;
  private final String description;
  private final RedisClient client;
  private final StatefulRedisConnection<String, String> connection;
  private final AutoCloseable owner;

  private RedisService(
      RedisEndpoint endpoint,
      String description,
      RedisClient client,
      StatefulRedisConnection<String, String> connection,
      AutoCloseable owner) {
    this.endpoint = endpoint;
    this.description = description;
    this.client = client;
    this.connection = connection;
    this.owner = owner;
  }

  /**
   * Connects to the Redis at {@code uri} and pings it.
   *
   * @param owner closed with the service: the process or container behind it, if any
   */
  static RedisService connect(String uri, String description, AutoCloseable owner) {
    Objects.requireNonNull(uri, "uri");
    RedisURI parsed;
    try {
      parsed = RedisURI.create(uri);
    } catch (IllegalArgumentException e) {
      throw new ServiceStartException(
          "Not a Redis URI: '" + uri + "' (" + description + "); expected redis://host:port", e);
    }
    parsed.setTimeout(Duration.ofSeconds(5));
    RedisClient client = RedisClient.create(parsed);
    try {
      StatefulRedisConnection<String, String> connection = client.connect();
      connection.sync().ping();
      RedisEndpoint endpoint = new RedisEndpoint(parsed.getHost(), parsed.getPort(), uri);
      return new RedisService(endpoint, description, client, connection, owner);
    } catch (RuntimeException e) {
      client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
      throw new ServiceStartException(
          "No Redis answered at "
              + parsed.getHost()
              + ":"
              + parsed.getPort()
              + " ("
              + description
              + "): "
              + e.getMessage(),
          e);
    }
  }

  /** The endpoint, after deleting every key so that each test starts from an empty Redis. */
  RedisEndpoint flushedEndpoint() {
    connection.sync().flushall();
    return endpoint;
  }

  String description() {
    return description;
  }

  @Override
  public void close() throws Exception {
    try {
      connection.close();
      client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    } finally {
      if (owner != null) {
        owner.close();
      }
    }
  }
}
