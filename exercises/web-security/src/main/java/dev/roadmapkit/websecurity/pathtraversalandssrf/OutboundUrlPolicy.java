package dev.roadmapkit.websecurity.pathtraversalandssrf;

/**
 * Exercise {@code web-security/path-traversal-and-ssrf}, part 2: server-side request forgery (SSRF)
 * defence for a feature that fetches URLs users give (webhooks, link previews, imports).
 *
 * <p>{@link #classify} decides, without any network access or DNS lookup, whether a URL may be
 * fetched, and returns the first {@link TargetVerdict} that applies:
 *
 * <ul>
 *   <li>{@code java.net.URI} cannot parse it, or it has no scheme: {@code MALFORMED}; a scheme
 *       other than {@code http}/{@code https} (in any case): {@code SCHEME_NOT_ALLOWED}; no host
 *       ({@code uri.getHost()} is null, which is also how {@code URI} reports many odd hosts):
 *       {@code MALFORMED};
 *   <li>{@code localhost} or a name under {@code .localhost} (a trailing dot ignored): {@code
 *       LOOPBACK};
 *   <li>an IPv4 literal in the canonical form (four decimal parts, no leading zeros, each up to
 *       255) or a bracketed IPv6 literal: classified by its bytes into {@code LOOPBACK}, {@code
 *       UNSPECIFIED}, {@code PRIVATE}, {@code LINK_LOCAL} (see {@link TargetVerdict}) or {@code
 *       ALLOWED}. An IPv4-mapped IPv6 address ({@code ::ffff:127.0.0.1}) counts as the IPv4 address
 *       it carries;
 *   <li>a host whose dot-separated labels are all numbers in any other form ({@code 127.1}, {@code
 *       0x7f.0.0.1}, {@code 0177.0.0.1}, {@code 256.1.1.1}): {@code AMBIGUOUS_ADDRESS}, since
 *       parsers disagree on what they mean (some of these {@code URI} already refuses as {@code
 *       MALFORMED});
 *   <li>any other host name: {@code ALLOWED}. Without DNS nothing more can be known; a real fetcher
 *       resolves the name, checks each address with the same rules, and connects to the checked
 *       address.
 * </ul>
 *
 * <p>Turn a literal into bytes without DNS: {@code InetAddress.getByName} on the bracketed IPv6
 * form parses locally; for IPv4 parse the four parts yourself and use {@code
 * InetAddress.getByAddress} or the bytes directly.
 */
public final class OutboundUrlPolicy {

  private OutboundUrlPolicy() {}

  /** Classifies {@code url}; never throws, never uses the network. */
  public static TargetVerdict classify(String url) {
    throw new UnsupportedOperationException(
        "TODO web-security/path-traversal-and-ssrf: parse with URI, check scheme and host,"
            + " classify the address bytes");
  }
}
