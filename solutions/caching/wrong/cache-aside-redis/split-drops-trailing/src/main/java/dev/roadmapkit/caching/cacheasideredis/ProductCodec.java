package dev.roadmapkit.caching.cacheasideredis;

// Key idea: a versioned, separator-based text format whose free-text fields are URL-encoded, so
// the separator can never occur inside a field and the value stays readable in redis-cli. The
// version prefix lets a new release reject (and so reload) entries an older release wrote.
// Trade-off: hand-written formats are cheap and dependency-free but every new field means a new
// version; with many or nested fields, a schema'd format (JSON, Protocol Buffers) pays off.

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Exercise {@code caching/cache-aside-redis}, part 1: turns a {@link Product} into the string
 * stored in Redis and back, in the format {@code v1;<sku>;<name>;<priceCents>} with {@code sku} and
 * {@code name} URL-encoded (UTF-8). Decoding is strict: anything else throws an {@link
 * IllegalArgumentException} whose message contains the decoded string.
 */
public final class ProductCodec {

  private static final String VERSION = "v1";
  private static final String SEPARATOR = ";";

  private ProductCodec() {}

  /** The string form of {@code product}, in the format above. */
  public static String encode(Product product) {
    return String.join(
        SEPARATOR,
        VERSION,
        URLEncoder.encode(product.sku(), StandardCharsets.UTF_8),
        URLEncoder.encode(product.name(), StandardCharsets.UTF_8),
        Integer.toString(product.priceCents()));
  }

  /**
   * The product {@code encoded} stands for.
   *
   * @throws IllegalArgumentException if {@code encoded} is not in the format above; the message
   *     contains {@code encoded}
   */
  public static Product decode(String encoded) {
    String[] fields = encoded.split(SEPARATOR);
    if (fields.length != 4 || !fields[0].equals(VERSION)) {
      throw new IllegalArgumentException(
          "not a " + VERSION + " product (" + VERSION + ";sku;name;priceCents): '" + encoded + "'");
    }
    try {
      return new Product(
          URLDecoder.decode(fields[1], StandardCharsets.UTF_8),
          URLDecoder.decode(fields[2], StandardCharsets.UTF_8),
          Integer.parseInt(fields[3]));
    } catch (IllegalArgumentException e) {
      // NumberFormatException is one too, as are a broken %-escape and a field Product rejects.
      throw new IllegalArgumentException("cannot decode product '" + encoded + "': " + e, e);
    }
  }
}
