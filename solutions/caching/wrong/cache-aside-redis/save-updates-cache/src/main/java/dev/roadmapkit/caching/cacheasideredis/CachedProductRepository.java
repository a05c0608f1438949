package dev.roadmapkit.caching.cacheasideredis;

// Key idea: the application, not the cache, does the work: look in Redis, fall back to the
// repository on a miss and put what it returned into Redis with a TTL; on a write, change the
// repository and delete the cached copy. Trade-off: simple and robust (a lost or corrupt cache
// entry only costs a reload), but a read racing a write can still cache a stale value until the
// TTL ends, which is why the TTL is there as a bound.

import io.lettuce.core.SetArgs;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Exercise {@code caching/cache-aside-redis}, part 2: a {@link ProductRepository} that puts Redis
 * in front of a slow one, with the <em>cache-aside</em> pattern. A product is cached under {@code
 * "product:" + sku} in the {@link ProductCodec} format, with the TTL, on a read miss; {@link #save}
 * writes the repository first and then deletes the key.
 */
public final class CachedProductRepository implements ProductRepository {

  private static final String KEY_PREFIX = "product:";
  private static final Duration MINIMUM_TTL = Duration.ofSeconds(1);

  private final ProductRepository repository;
  private final RedisCommands<String, String> redis;
  private final Duration ttl;

  /**
   * Creates the cache-aside repository.
   *
   * @param repository the slow source of truth
   * @param redis Redis commands of an open connection
   * @param ttl how long a cached product lives in Redis; at least one second
   * @throws IllegalArgumentException if {@code ttl} is shorter than one second
   */
  public CachedProductRepository(
      ProductRepository repository, RedisCommands<String, String> redis, Duration ttl) {
    Objects.requireNonNull(ttl, "ttl");
    if (ttl.compareTo(MINIMUM_TTL) < 0) {
      throw new IllegalArgumentException("ttl must be at least 1 second, was " + ttl);
    }
    this.repository = Objects.requireNonNull(repository, "repository");
    this.redis = Objects.requireNonNull(redis, "redis");
    this.ttl = ttl;
  }

  /** The product, from Redis when cached there, otherwise from the repository (then cached). */
  @Override
  public Optional<Product> findById(String sku) {
    String key = KEY_PREFIX + sku;
    Optional<Product> cached = decodeOrMiss(redis.get(key));
    if (cached.isPresent()) {
      return cached;
    }
    Optional<Product> loaded = repository.findById(sku);
    loaded.ifPresent(
        product -> redis.set(key, ProductCodec.encode(product), SetArgs.Builder.ex(ttl)));
    return loaded;
  }

  /** Saves to the repository, then invalidates the cached copy. */
  @Override
  public void save(Product product) {
    repository.save(product);
    redis.set(KEY_PREFIX + product.sku(), ProductCodec.encode(product), SetArgs.Builder.ex(ttl));
  }

  private static Optional<Product> decodeOrMiss(String value) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(ProductCodec.decode(value));
    } catch (IllegalArgumentException unreadable) {
      // Garbage or an older format: the repository has the truth, and the SET overwrites it.
      return Optional.empty();
    }
  }
}
