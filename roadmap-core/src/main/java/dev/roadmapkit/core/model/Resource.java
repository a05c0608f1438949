package dev.roadmapkit.core.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * A link to learning material about a {@link Topic}.
 *
 * @param title what the link is called, such as {@code RFC 9110: HTTP Semantics}
 * @param url an absolute {@code http} or {@code https} URL with a host
 * @param kind what kind of material it is
 */
public record Resource(String title, URI url, ResourceKind kind) {

  /**
   * Checks the title and the URL.
   *
   * @param title what the link is called, such as {@code RFC 9110: HTTP Semantics}
   * @param url an absolute {@code http} or {@code https} URL with a host
   * @param kind what kind of material it is
   * @throws NullPointerException if a component is {@code null}
   * @throws IllegalArgumentException if the title is blank or the URL is not an absolute {@code
   *     http(s)} URL with a host
   */
  public Resource {
    Objects.requireNonNull(title, "resource title must not be null");
    Objects.requireNonNull(url, "resource url must not be null");
    Objects.requireNonNull(kind, "resource kind must not be null");
    if (title.isBlank()) {
      throw new IllegalArgumentException("resource title must not be blank");
    }
    checkUrl(url);
  }

  /**
   * Creates a resource from a URL string.
   *
   * @param title the title
   * @param url the URL, such as {@code https://www.rfc-editor.org/rfc/rfc9110}
   * @param kind the kind
   * @return the resource
   * @throws IllegalArgumentException if the URL does not parse or is not an absolute {@code
   *     http(s)} URL with a host
   */
  public static Resource of(String title, String url, ResourceKind kind) {
    Objects.requireNonNull(url, "resource url must not be null");
    try {
      return new Resource(title, new URI(url), kind);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "'" + url + "' is not a valid URL: " + e.getReason() + " at index " + e.getIndex(), e);
    }
  }

  private static void checkUrl(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw new IllegalArgumentException(
          "'" + url + "' is not a valid URL: it must start with https:// or http://");
    }
    if (url.getHost() == null || url.getHost().isBlank()) {
      throw new IllegalArgumentException("'" + url + "' is not a valid URL: it has no host");
    }
  }
}
