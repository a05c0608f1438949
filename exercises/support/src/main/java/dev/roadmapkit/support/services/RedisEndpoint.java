package dev.roadmapkit.support.services;

import java.util.Objects;

/**
 * Where a real Redis answers. Create a client with {@code RedisClient.create(endpoint.uri())}.
 *
 * @param host the host name or address, usually {@code 127.0.0.1}
 * @param port the TCP port
 * @param uri a Redis URI such as {@code redis://127.0.0.1:6379}, credentials and database included
 */
public record RedisEndpoint(String host, int port, String uri) {

  public RedisEndpoint {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(uri, "uri");
    if (port < 1 || port > 65_535) {
      throw new IllegalArgumentException("port must be 1..65535, was " + port);
    }
  }

  /** An endpoint without credentials, on database 0. */
  public static RedisEndpoint of(String host, int port) {
    return new RedisEndpoint(host, port, "redis://" + host + ":" + port);
  }
}
