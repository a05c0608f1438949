package dev.roadmapkit.caching.cacheasideredis;

import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.Optional;

/**
 * Exercise {@code caching/cache-aside-redis}, part 2: a {@link ProductRepository} that puts Redis
 * in front of a slow one, with the <em>cache-aside</em> pattern.
 *
 * <p>The contract:
 *
 * <ul>
 *   <li>The product with SKU {@code s} is cached under the Redis key {@code "product:" + s}, its
 *       value in the {@link ProductCodec} format.
 *   <li>{@link #findById}: {@code GET} the key. If Redis has a value that decodes, return it
 *       without asking the repository (a hit). Otherwise (a miss) ask the repository; if it has the
 *       product, store it with the TTL in <em>one</em> command ({@code SET key value EX seconds},
 *       in Lettuce {@code redis.set(key, value, SetArgs.Builder.ex(ttl))}, or {@code
 *       redis.setex(...)}), then return it. A value that does not decode (garbage, an old format
 *       version) counts as a miss and is overwritten: the cache is never the source of truth.
 *   <li>A product the repository does not have is not cached (no key is written), so it is found as
 *       soon as it is saved.
 *   <li>{@link #save}: write the repository <em>first</em>, then {@code DEL} the key. Deleting
 *       (rather than writing the new value into Redis) lets the next reader load the truth;
 *       deleting after the write means a reader in between can at worst see the old value once
 *       more, instead of caching the old value again for a whole TTL.
 * </ul>
 *
 * <p>Because the cache lives in Redis, every instance of the service shares it: a product cached by
 * one instance is a hit for all of them.
 */
public final class CachedProductRepository implements ProductRepository {

  private final ProductRepository repository;
  private final RedisCommands<String, String> redis;
  private final Duration ttl;

  /**
   * Creates the cache-aside repository.
   *
   * @param repository the slow source of truth
   * @param redis Redis commands of an open connection, e.g. {@code
   *     RedisClient.create(uri).connect().sync()}
   * @param ttl how long a cached product lives in Redis; at least one second (Redis {@code EX}
   *     counts whole seconds)
   * @throws IllegalArgumentException if {@code ttl} is shorter than one second; the message names
   *     it
   */
  public CachedProductRepository(
      ProductRepository repository, RedisCommands<String, String> redis, Duration ttl) {
    // TODO caching/cache-aside-redis: reject a ttl shorter than one second
    this.repository = repository;
    this.redis = redis;
    this.ttl = ttl;
  }

  /** The product, from Redis when cached there, otherwise from the repository (then cached). */
  @Override
  public Optional<Product> findById(String sku) {
    throw new UnsupportedOperationException(
        "TODO caching/cache-aside-redis: GET \"product:\" + sku; on a miss (or a value that does"
            + " not decode) load from the repository and SET it with EX ttl");
  }

  /** Saves to the repository, then invalidates the cached copy. */
  @Override
  public void save(Product product) {
    throw new UnsupportedOperationException(
        "TODO caching/cache-aside-redis: save to the repository first, then DEL \"product:\" +"
            + " sku");
  }
}
