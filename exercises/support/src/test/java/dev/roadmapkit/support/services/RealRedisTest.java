package dev.roadmapkit.support.services;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Runs against whatever this machine resolves: in CI, the Redis that .ci/run starts. */
@RealServices
@DisplayName("A RedisEndpoint parameter is a real, empty Redis")
class RealRedisTest {

  @Test
  @DisplayName("answers commands and starts empty")
  void realAndEmpty(RedisEndpoint redis) {
    RedisClient client = RedisClient.create(redis.uri());
    try (StatefulRedisConnection<String, String> connection = client.connect()) {
      assertThat(connection.sync().dbsize()).isZero();
      connection.sync().set("greeting", "hello");
      assertThat(connection.sync().get("greeting")).isEqualTo("hello");
    } finally {
      client.shutdown();
    }
  }
}
