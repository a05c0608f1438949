package dev.roadmapkit.support.services;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a test class real services. Declare a parameter of type {@link javax.sql.DataSource} (a
 * fresh, empty database or schema per test), {@link DatabaseEngine}, {@link RedisEndpoint} (a
 * flushed Redis) or {@link BrokerEndpoint} (a message broker, with queue names of the test's own)
 * on a test method, a {@code @BeforeEach} method or the constructor.
 *
 * <pre>{@code
 * @RealServices
 * class CacheAsideTest {
 *   @Test
 *   void readsThrough(RedisEndpoint redis) { ... RedisClient.create(redis.uri()) ... }
 * }
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(RealServicesExtension.class)
public @interface RealServices {}
