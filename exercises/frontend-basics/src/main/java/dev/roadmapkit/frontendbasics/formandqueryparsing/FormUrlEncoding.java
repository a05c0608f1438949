package dev.roadmapkit.frontendbasics.formandqueryparsing;

import java.util.List;

/**
 * Exercise {@code frontend-basics/form-and-query-parsing}: read and write {@code
 * application/x-www-form-urlencoded}, the format of HTML form bodies and of query strings, exactly
 * as the WHATWG URL standard (section 5, "application/x-www-form-urlencoded") defines it. Browsers
 * and {@code URLSearchParams} follow that standard, so a server that parses differently reads a
 * different form from the one the user sent.
 *
 * <p>Parsing ({@link #parse}):
 *
 * <ol>
 *   <li>split the input on {@code &}; skip empty pieces ({@code a=1&&b=2} has two fields);
 *   <li>a piece with {@code =} is split at the FIRST {@code =} into name and value ({@code a=b=c}
 *       is name {@code a}, value {@code b=c}); a piece without {@code =} is a name with an empty
 *       value;
 *   <li>in name and value, {@code +} becomes a space, then percent-decoding: {@code %} followed by
 *       two hex digits (either case) is that byte; any other {@code %} stays a literal {@code %};
 *   <li>the bytes are decoded as UTF-8 (the input's other characters count as their UTF-8 bytes);
 *       invalid UTF-8 becomes U+FFFD.
 * </ol>
 *
 * <p>Repeated names are kept, in order: {@code a=1&a=2} is two fields. Never collapse them into a
 * map.
 *
 * <p>Serializing ({@link #serialize}): each name and value is encoded as UTF-8; the bytes of ASCII
 * letters, digits and {@code * - . _} are written as they are, a space as {@code +}, every other
 * byte as {@code %XX} with upper-case hex; fields are written {@code name=value}, joined by {@code
 * &}. Strings are well-formed UTF-16 (no lone surrogates).
 */
public final class FormUrlEncoding {

  private FormUrlEncoding() {}

  /** Parses a form body or a query string (without its {@code ?}) into its fields, in order. */
  public static List<FormField> parse(String input) {
    throw new UnsupportedOperationException(
        "TODO frontend-basics/form-and-query-parsing: split on &, then the first =, + and %XX");
  }

  /**
   * The fields of the query of {@code url}: what comes after the first {@code ?} up to the first
   * {@code #} (the fragment is not part of the query), parsed by {@link #parse}; no {@code ?} means
   * no fields.
   */
  public static List<FormField> queryOf(String url) {
    throw new UnsupportedOperationException(
        "TODO frontend-basics/form-and-query-parsing: cut at ? and #, then parse");
  }

  /** Writes {@code fields} as {@code name=value} pairs joined by {@code &}, each part encoded. */
  public static String serialize(List<FormField> fields) {
    throw new UnsupportedOperationException(
        "TODO frontend-basics/form-and-query-parsing: UTF-8 bytes; keep alnum *-._, space as +,"
            + " the rest %XX");
  }
}
