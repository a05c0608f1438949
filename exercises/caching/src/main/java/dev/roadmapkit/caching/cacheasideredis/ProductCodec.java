package dev.roadmapkit.caching.cacheasideredis;

/**
 * Exercise {@code caching/cache-aside-redis}, part 1: turns a {@link Product} into the string
 * stored in Redis and back.
 *
 * <p>Redis stores strings (bytes), so a cached object needs a format. Every instance of the service
 * reads what the others wrote, possibly a newer or older version of the code, so the format is
 * specified exactly and carries a version:
 *
 * <pre>
 *   v1;&lt;sku&gt;;&lt;name&gt;;&lt;priceCents&gt;
 * </pre>
 *
 * <p>{@code sku} and {@code name} are encoded with {@code URLEncoder.encode(text,
 * StandardCharsets.UTF_8)}, so a {@code ';'} inside them cannot be mistaken for a separator (it
 * becomes {@code %3B}; a space becomes {@code +}). {@code priceCents} is the decimal number. For
 * example {@code new Product("SKU-1", "Tea; green", 499)} is {@code "v1;SKU-1;Tea%3B+green;499"}.
 *
 * <p>Decoding is strict: anything that is not exactly this format (another version, a missing or
 * extra field, a price that is not a number, a broken %-escape, a field the {@link Product}
 * constructor rejects) throws an {@link IllegalArgumentException} whose message contains the string
 * that was being decoded. Tip: {@code split(";", -1)} keeps empty fields, {@code URLDecoder.decode}
 * undoes the encoding.
 */
public final class ProductCodec {

  private ProductCodec() {}

  /** The string form of {@code product}, in the format above. */
  public static String encode(Product product) {
    throw new UnsupportedOperationException(
        "TODO caching/cache-aside-redis: build \"v1;\" + urlEncoded(sku) + \";\" +"
            + " urlEncoded(name) + \";\" + priceCents");
  }

  /**
   * The product {@code encoded} stands for.
   *
   * @throws IllegalArgumentException if {@code encoded} is not in the format above; the message
   *     contains {@code encoded}
   */
  public static Product decode(String encoded) {
    throw new UnsupportedOperationException(
        "TODO caching/cache-aside-redis: split on ';' keeping empty fields, check there are 4 and"
            + " the first is \"v1\", URL-decode sku and name, parse the price; wrap every failure"
            + " in an IllegalArgumentException that names the input");
  }
}
