package dev.roadmapkit.internet.urlsanddomains;

/**
 * Exercise {@code internet/urls-and-domains}, part 1: resolve relative references and normalise
 * URIs exactly as RFC 3986 says.
 *
 * <p>A page at {@code http://a/b/c/d;p?q} links to {@code ../g}; the browser fetches {@code
 * http://a/b/g}. Every crawler, proxy, cache and redirect handler does this resolution, and two
 * implementations that disagree on it see two different resources. RFC 3986 section 5.2 gives the
 * algorithm, and section 5.4 a table of examples (normal and abnormal) that the tests check one by
 * one. {@link UriParts} (given) splits a reference into scheme, authority, path, query and fragment
 * and puts them together again.
 *
 * <ul>
 *   <li>{@link #resolve}: section 5.2.2, "strict" (a reference with a scheme is absolute, even
 *       {@code http:g}), with merge (5.2.3) and {@link #removeDotSegments} (5.2.4).
 *   <li>{@link #removeDotSegments}: the input/output buffer loop of 5.2.4; {@code ..} never climbs
 *       above the root ({@code /../g} is {@code /g}).
 *   <li>{@link #normalize}: sections 6.2.2 and 6.2.3.
 * </ul>
 */
public final class UriReferences {

  private UriReferences() {}

  /**
   * Resolves {@code reference} against {@code base} (RFC 3986 section 5.2.2, strict), for example
   * {@code resolve("http://a/b/c/d;p?q", "../g")} is {@code "http://a/b/g"}.
   *
   * <p>Cases, in this order: the reference has a scheme (take it whole, removing dot segments from
   * its path); it has an authority (keep the base's scheme only); its path is empty (keep the
   * base's path, and the base's query unless the reference has one); its path starts with {@code /}
   * (base scheme and authority, the reference's path without dot segments); otherwise merge
   * (5.2.3): the base's path up to and including its last {@code /}, then the reference's path
   * (just {@code "/" + path} when the base has an authority and an empty path), then remove dot
   * segments. The fragment is always the reference's.
   *
   * @throws IllegalArgumentException if {@code base} has no scheme
   */
  public static String resolve(String base, String reference) {
    throw new UnsupportedOperationException(
        "TODO internet/urls-and-domains: resolve the reference's components as RFC 3986 5.2.2"
            + " says, with merge and removeDotSegments");
  }

  /**
   * Removes the {@code .} and {@code ..} segments of {@code path} (RFC 3986 section 5.2.4): {@code
   * /a/b/c/./../../g} becomes {@code /a/g}, {@code mid/content=5/../6} becomes {@code mid/6}, and
   * {@code /../g} becomes {@code /g} (there is nothing above the root to remove).
   */
  public static String removeDotSegments(String path) {
    throw new UnsupportedOperationException(
        "TODO internet/urls-and-domains: the input/output buffer loop of RFC 3986 5.2.4, rules A"
            + " to E");
  }

  /**
   * Normalises the absolute URI {@code uri}, so that two spellings of one resource compare equal:
   *
   * <ul>
   *   <li>the scheme and the host are lower-cased ({@code HTTP://Example.COM} is {@code
   *       http://example.com}); the user info, path, query and fragment keep their case;
   *   <li>in every component, a percent-encoding of an unreserved character (letters, digits,
   *       {@code - . _ ~}) is decoded ({@code %7E} is {@code ~}, {@code %41} is {@code A}) and
   *       every other one is written with upper-case hex ({@code %3a} is {@code %3A});
   *   <li>dot segments are removed from the path;
   *   <li>an empty port ({@code http://a:/}) and the scheme's default port are removed: 80 for http
   *       and ws, 443 for https and wss, 21 for ftp; any other port, or a default port of another
   *       scheme ({@code https://a:80/}), is kept;
   *   <li>an empty path of an http or https URI with an authority becomes {@code /}.
   * </ul>
   *
   * <p>The host is what follows the last {@code @} of the authority, up to the {@code :} of the
   * port; an IPv6 literal such as {@code [2001:DB8::1]:8080} keeps its colons inside the brackets.
   *
   * @throws IllegalArgumentException if {@code uri} has no scheme, or has a {@code %} not followed
   *     by two hex digits
   */
  public static String normalize(String uri) {
    throw new UnsupportedOperationException(
        "TODO internet/urls-and-domains: lower-case scheme and host, percent-encodings, dot"
            + " segments, default port, empty path");
  }
}
