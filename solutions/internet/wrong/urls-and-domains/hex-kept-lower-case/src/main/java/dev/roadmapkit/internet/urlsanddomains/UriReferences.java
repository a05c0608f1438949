package dev.roadmapkit.internet.urlsanddomains;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reference solution of {@code internet/urls-and-domains}, URI part.
 *
 * <p>Key idea: follow RFC 3986 section 5.2 literally. Resolution works on the five components,
 * never on the string; dot segments are removed by the input/output buffer loop of 5.2.4, which
 * never goes above the root. Normalisation touches only what section 6.2.2 and 6.2.3 say is
 * equivalent, so it never changes which resource a URI names. Trade-off: the strict parser reads
 * {@code http:g} as an absolute URI, as the RFC recommends, not as {@code http://a/b/c/g}.
 */
public final class UriReferences {

  private static final Map<String, String> DEFAULT_PORTS =
      Map.of("http", "80", "https", "443", "ws", "80", "wss", "443", "ftp", "21");

  private UriReferences() {}

  /** Resolves {@code reference} against the absolute URI {@code base} (RFC 3986 section 5.2.2). */
  public static String resolve(String base, String reference) {
    UriParts b = UriParts.parse(base);
    if (b.scheme().isEmpty()) {
      throw new IllegalArgumentException("the base URI must be absolute (have a scheme): " + base);
    }
    UriParts r = UriParts.parse(reference);
    Optional<String> scheme;
    Optional<String> authority;
    String path;
    Optional<String> query;
    if (r.scheme().isPresent()) {
      scheme = r.scheme();
      authority = r.authority();
      path = removeDotSegments(r.path());
      query = r.query();
    } else {
      if (r.authority().isPresent()) {
        authority = r.authority();
        path = removeDotSegments(r.path());
        query = r.query();
      } else {
        if (r.path().isEmpty()) {
          path = b.path();
          query = r.query().isPresent() ? r.query() : b.query();
        } else {
          path =
              r.path().startsWith("/")
                  ? removeDotSegments(r.path())
                  : removeDotSegments(merge(b, r.path()));
          query = r.query();
        }
        authority = b.authority();
      }
      scheme = b.scheme();
    }
    return new UriParts(scheme, authority, path, query, r.fragment()).recompose();
  }

  /** Section 5.2.3: the reference's path replaces the last segment of the base's path. */
  private static String merge(UriParts base, String referencePath) {
    if (base.authority().isPresent() && base.path().isEmpty()) {
      return "/" + referencePath;
    }
    return base.path().substring(0, base.path().lastIndexOf('/') + 1) + referencePath;
  }

  /** Removes {@code .} and {@code ..} segments from {@code path} (RFC 3986 section 5.2.4). */
  public static String removeDotSegments(String path) {
    String in = path;
    StringBuilder out = new StringBuilder();
    while (!in.isEmpty()) {
      if (in.startsWith("../")) {
        in = in.substring(3);
      } else if (in.startsWith("./")) {
        in = in.substring(2);
      } else if (in.startsWith("/./")) {
        in = in.substring(2);
      } else if (in.equals("/.")) {
        in = "/";
      } else if (in.startsWith("/../")) {
        in = in.substring(3);
        removeLastSegment(out);
      } else if (in.equals("/..")) {
        in = "/";
        removeLastSegment(out);
      } else if (in.equals(".") || in.equals("..")) {
        in = "";
      } else {
        int end = in.indexOf('/', 1);
        if (end < 0) {
          end = in.length();
        }
        out.append(in, 0, end);
        in = in.substring(end);
      }
    }
    return out.toString();
  }

  private static void removeLastSegment(StringBuilder out) {
    // At the root there is nothing to remove: ".." never climbs above it.
    out.setLength(Math.max(out.lastIndexOf("/"), 0));
  }

  /**
   * Normalises the absolute URI {@code uri} (RFC 3986 sections 6.2.2 and 6.2.3): scheme and host
   * lower-cased, percent-encodings with upper-case hex and unreserved characters decoded, dot
   * segments removed, an empty or default port removed, an empty http(s) path made {@code /}.
   */
  public static String normalize(String uri) {
    UriParts parts = UriParts.parse(uri);
    if (parts.scheme().isEmpty()) {
      throw new IllegalArgumentException("only an absolute URI (with a scheme) normalises: " + uri);
    }
    String scheme = parts.scheme().get().toLowerCase(Locale.ROOT);
    Optional<String> authority = parts.authority().map(a -> normalizeAuthority(scheme, a));
    String path = removeDotSegments(percentEncodings(parts.path()));
    if (path.isEmpty() && authority.isPresent() && scheme.startsWith("http")) {
      path = "/";
    }
    return new UriParts(
            Optional.of(scheme),
            authority,
            path,
            parts.query().map(UriReferences::percentEncodings),
            parts.fragment().map(UriReferences::percentEncodings))
        .recompose();
  }

  private static String normalizeAuthority(String scheme, String authority) {
    int at = authority.lastIndexOf('@');
    String userInfo = at < 0 ? "" : percentEncodings(authority.substring(0, at + 1));
    String hostPort = authority.substring(at + 1);
    int portColon =
        hostPort.startsWith("[")
            ? hostPort.indexOf(':', Math.max(hostPort.indexOf(']'), 0))
            : hostPort.lastIndexOf(':');
    String host = portColon < 0 ? hostPort : hostPort.substring(0, portColon);
    String port = portColon < 0 ? "" : hostPort.substring(portColon + 1);
    String result = userInfo + lowerCaseOutsideEscapes(percentEncodings(host));
    if (!port.isEmpty() && !port.equals(DEFAULT_PORTS.get(scheme))) {
      result += ":" + port;
    }
    return result;
  }

  /** Decodes %XX of unreserved characters and writes every other %XX with upper-case hex. */
  private static String percentEncodings(String component) {
    StringBuilder out = new StringBuilder(component.length());
    for (int i = 0; i < component.length(); i++) {
      char c = component.charAt(i);
      if (c != '%') {
        out.append(c);
        continue;
      }
      if (i + 2 >= component.length()
          || Character.digit(component.charAt(i + 1), 16) < 0
          || Character.digit(component.charAt(i + 2), 16) < 0) {
        throw new IllegalArgumentException(
            "malformed percent-encoding at index " + i + " of \"" + component + "\"");
      }
      int value = Integer.parseInt(component.substring(i + 1, i + 3), 16);
      if (isUnreserved(value)) {
        out.append((char) value);
      } else {
        out.append('%').append(component.substring(i + 1, i + 3));
      }
      i += 2;
    }
    return out.toString();
  }

  private static boolean isUnreserved(int c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }

  private static String lowerCaseOutsideEscapes(String host) {
    StringBuilder out = new StringBuilder(host.length());
    for (int i = 0; i < host.length(); i++) {
      if (host.charAt(i) == '%') {
        out.append(host, i, i + 3);
        i += 2;
      } else {
        out.append(Character.toLowerCase(host.charAt(i)));
      }
    }
    return out.toString();
  }
}
