package dev.roadmapkit.caching.cacheasideredis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.roadmapkit.support.services.RealServices;
import dev.roadmapkit.support.services.RedisEndpoint;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@RealServices
@DisplayName("caching/cache-aside-redis: CachedProductRepository (real Redis)")
class CachedProductRepositoryTest {

  private static final Duration TTL = Duration.ofSeconds(90);
  private static final Product TEA = new Product("SKU-1", "Green tea", 499);
  private static final Product COFFEE = new Product("SKU-2", "Coffee; dark roast", 899);

  private RedisClient client;
  private StatefulRedisConnection<String, String> connection;
  private RedisCommands<String, String> redis;
  private CountingProductRepository database;
  private CachedProductRepository products;

  @BeforeEach
  void connect(RedisEndpoint endpoint) {
    client = RedisClient.create(endpoint.uri());
    connection = client.connect();
    redis = connection.sync();
    database = new CountingProductRepository().with(TEA).with(COFFEE);
    products = new CachedProductRepository(database, redis, TTL);
  }

  @AfterEach
  void disconnect() {
    if (connection != null) {
      connection.close();
    }
    if (client != null) {
      client.shutdown();
    }
  }

  @Test
  @DisplayName("a miss loads from the repository and stores the product under product:<sku>")
  void missLoadsAndStores() {
    assertThat(products.findById("SKU-1"))
        .as("findById must return the repository's product on a miss")
        .contains(TEA);

    assertThat(database.finds())
        .as("Redis was empty, so the repository must have been asked exactly once")
        .isEqualTo(1);
    assertThat(redis.get("product:SKU-1"))
        .as(
            "after a miss the product must be in Redis under the key \"product:SKU-1\", encoded"
                + " with ProductCodec.encode (Redis keys in this database: %s)",
            redis.keys("*"))
        .isEqualTo(ProductCodec.encode(TEA));
  }

  @Test
  @DisplayName("the cached product gets the TTL, set in Redis itself")
  void storesWithTtl() {
    products.findById("SKU-1");

    assertThat(redis.ttl("product:SKU-1"))
        .as(
            "Redis TTL of \"product:SKU-1\" must be the configured 90 s (a few seconds less is"
                + " fine). -1 means no expiry was set: use SET key value EX seconds (Lettuce:"
                + " redis.set(key, value, SetArgs.Builder.ex(ttl))); -2 means the key is missing")
        .isBetween(80L, 90L);
  }

  @Test
  @DisplayName("a TTL of exactly one second is allowed")
  void oneSecondTtl() {
    CachedProductRepository shortLived =
        new CachedProductRepository(database, redis, Duration.ofSeconds(1));

    assertThat(shortLived.findById("SKU-1"))
        .as(
            "1 s is the smallest TTL Redis EX accepts, so the constructor must accept it (reject"
                + " only TTLs shorter than one second), and the read must work")
        .contains(TEA);
  }

  @Test
  @DisplayName("a second read is served from Redis without asking the repository")
  void hitSkipsRepository() {
    products.findById("SKU-2");
    products.findById("SKU-2");

    assertThat(products.findById("SKU-2"))
        .as("a hit must decode the value found in Redis back to the same product")
        .contains(COFFEE);
    assertThat(database.finds())
        .as(
            "three reads of the same product: only the first may reach the slow repository, the"
                + " other two must be answered by Redis")
        .isEqualTo(1);
  }

  @Test
  @DisplayName("a product another instance cached is read from Redis: the cache is shared")
  void sharedWithOtherInstances() {
    Product cachedElsewhere = new Product("SKU-9", "Matcha", 1500);
    redis.set("product:SKU-9", ProductCodec.encode(cachedElsewhere));

    assertThat(products.findById("SKU-9"))
        .as(
            "another instance of the service stored \"product:SKU-9\" in Redis; findById must"
                + " GET it from there (the repository does not even have SKU-9)")
        .contains(cachedElsewhere);
    assertThat(database.finds()).as("a hit must not ask the repository").isZero();
  }

  @Test
  @DisplayName("each product has its own key")
  void keyPerProduct() {
    products.findById("SKU-1");
    products.findById("SKU-2");
    products.findById("SKU-1");

    assertThat(redis.keys("product:*"))
        .as("two different products were read: Redis must hold one key per product")
        .containsExactlyInAnyOrder("product:SKU-1", "product:SKU-2");
    assertThat(database.finds())
        .as("SKU-1 and SKU-2 are loaded once each; the third read is a hit")
        .isEqualTo(2);
  }

  @Test
  @DisplayName("a product the repository does not have is not cached")
  void absentIsNotCached() {
    assertThat(products.findById("SKU-404"))
        .as("the repository has no SKU-404: findById must return empty")
        .isEmpty();
    assertThat(products.findById("SKU-404")).isEmpty();

    assertThat(redis.exists("product:SKU-404"))
        .as("nothing was found, so nothing must be written to Redis")
        .isZero();
    assertThat(database.finds())
        .as("without a cached value, both reads must ask the repository")
        .isEqualTo(2);
  }

  @Test
  @DisplayName("save writes the repository first, then deletes the cached copy")
  void saveInvalidatesAfterWriting() {
    products.findById("SKU-1");
    List<Boolean> cachedDuringSave = new ArrayList<>();
    database.onSave(saved -> cachedDuringSave.add(redis.exists("product:SKU-1") == 1));
    Product cheaper = new Product("SKU-1", "Green tea", 399);

    products.save(cheaper);

    assertThat(database.stored("SKU-1"))
        .as("save must write the new version to the repository, the source of truth")
        .contains(cheaper);
    assertThat(cachedDuringSave)
        .as(
            "when the repository was written, the old copy must still have been in Redis: write"
                + " the repository first and delete the key after. Deleting first lets a reader"
                + " in between cache the old version again for a whole TTL")
        .containsExactly(true);
    assertThat(redis.exists("product:SKU-1"))
        .as("after save, \"product:SKU-1\" must be deleted from Redis (DEL), not left stale")
        .isZero();
  }

  @Test
  @DisplayName("after a save the next read loads the new version")
  void readAfterSaveSeesNewVersion() {
    products.findById("SKU-1");
    Product cheaper = new Product("SKU-1", "Green tea", 399);

    products.save(cheaper);

    assertThat(products.findById("SKU-1"))
        .as("the cached copy was invalidated, so the next read must return the saved version")
        .contains(cheaper);
    assertThat(database.finds())
        .as("the read after the save is a miss and must load from the repository again")
        .isEqualTo(2);
    assertThat(redis.get("product:SKU-1"))
        .as("and the new version is cached again")
        .isEqualTo(ProductCodec.encode(cheaper));
  }

  @Test
  @DisplayName("save does not put the new value into Redis; the next reader does")
  void saveDoesNotPopulate() {
    products.save(new Product("SKU-3", "Rooibos", 350));

    assertThat(database.saves()).as("save must write the repository").isEqualTo(1);
    assertThat(redis.exists("product:SKU-3"))
        .as("cache-aside invalidates on write; only a read puts a product into Redis")
        .isZero();
  }

  @ParameterizedTest(name = "a cached \"{0}\" is a miss and is replaced")
  @ValueSource(strings = {"garbage", "v0;SKU-1;Green+tea;499"})
  @DisplayName("a cached value that cannot be decoded is a miss and is replaced")
  void unreadableValueIsAMiss(String unreadable) {
    redis.set("product:SKU-1", unreadable);

    assertThat(products.findById("SKU-1"))
        .as(
            "Redis held \"%s\" (garbage, or an older format); that must not reach the caller nor"
                + " fail the read: catch the IllegalArgumentException from decode and load from"
                + " the repository",
            unreadable)
        .contains(TEA);
    assertThat(database.finds()).as("an unreadable value is a miss").isEqualTo(1);
    assertThat(redis.get("product:SKU-1"))
        .as("the unreadable value must be overwritten with the product in the current format")
        .isEqualTo(ProductCodec.encode(TEA));
    assertThat(redis.ttl("product:SKU-1"))
        .as("the replacement gets the TTL too")
        .isBetween(80L, 90L);
  }

  @ParameterizedTest(name = "a TTL of {0} is rejected")
  @ValueSource(strings = {"PT0.999S", "PT0S", "PT-1S"})
  @DisplayName("rejects a TTL shorter than one second with an IllegalArgumentException naming it")
  void rejectsShortTtl(String ttl) {
    assertThatIllegalArgumentException()
        .as(
            "a TTL of %s cannot be given to Redis EX (whole seconds, at least 1): the constructor"
                + " must throw IllegalArgumentException with the value in its message",
            ttl)
        .isThrownBy(() -> new CachedProductRepository(database, redis, Duration.parse(ttl)))
        .withMessageContaining(ttl);
  }
}
