package dev.roadmapkit.internet.urlsanddomains;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Given: a URI reference split into its five components with the regular expression of RFC 3986
 * appendix B, and put together again as section 5.3 says. You do not need to change this class.
 *
 * <p>A component that is absent is {@link Optional#empty()}, which is not the same as present and
 * empty: {@code http://a/b?} has an empty query, {@code http://a/b} has none. The path is always
 * there, possibly empty.
 *
 * @param scheme the scheme without its {@code :}, such as {@code http}
 * @param authority what follows {@code //} up to the next {@code /}, {@code ?} or {@code #}
 * @param path the path, possibly empty
 * @param query what follows {@code ?} up to {@code #}
 * @param fragment what follows {@code #}
 */
public record UriParts(
    Optional<String> scheme,
    Optional<String> authority,
    String path,
    Optional<String> query,
    Optional<String> fragment) {

  private static final Pattern APPENDIX_B =
      Pattern.compile("^(([^:/?#]+):)?(//([^/?#]*))?([^?#]*)(\\?([^#]*))?(#(.*))?");

  /** Checks that no component is null. */
  public UriParts {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(authority, "authority");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(fragment, "fragment");
  }

  /** Splits {@code reference} into its components (every string matches appendix B). */
  public static UriParts parse(String reference) {
    Matcher m = APPENDIX_B.matcher(Objects.requireNonNull(reference, "reference"));
    if (!m.matches()) {
      throw new IllegalArgumentException("not a URI reference: " + reference);
    }
    return new UriParts(
        Optional.ofNullable(m.group(2)),
        Optional.ofNullable(m.group(4)),
        m.group(5),
        Optional.ofNullable(m.group(7)),
        Optional.ofNullable(m.group(9)));
  }

  /** The reference as a string again (RFC 3986 section 5.3, component recomposition). */
  public String recompose() {
    StringBuilder out = new StringBuilder();
    scheme.ifPresent(s -> out.append(s).append(':'));
    authority.ifPresent(a -> out.append("//").append(a));
    out.append(path);
    query.ifPresent(q -> out.append('?').append(q));
    fragment.ifPresent(f -> out.append('#').append(f));
    return out.toString();
  }
}
