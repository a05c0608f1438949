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
 *       UNSPECIFIED}, {@code PRIVATE}, {@code LINK_LOCAL}, {@code MULTICAST}, {@code BROADCAST} or
 *       {@code ALLOWED}:
 *       <ul>
 *         <li>IPv4: loopback 127.0.0.0/8 and unspecified 0.0.0.0/8 (RFC 1122 section 3.2.1.3);
 *             private 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 (RFC 1918) and the shared address
 *             space 100.64.0.0/10 (RFC 6598); link-local 169.254.0.0/16 (RFC 3927); multicast
 *             224.0.0.0/4 (RFC 5771); the limited broadcast address 255.255.255.255 (RFC 919);
 *         <li>IPv6: loopback ::1 and unspecified :: (RFC 4291 section 2.5); unique local fc00::/7
 *             (RFC 4193); link-local fe80::/10 (RFC 4291 section 2.5.6); multicast ff00::/8 (RFC
 *             4291 section 2.7);
 *         <li>an IPv6 address that carries an IPv4 address counts as that IPv4 address: IPv4-mapped
 *             ::ffff:0:0/96 ({@code ::ffff:127.0.0.1}) and IPv4-compatible ::/96 ({@code
 *             ::127.0.0.1}, but not :: and ::1 themselves) (RFC 4291 section 2.5.5), NAT64
 *             64:ff9b::/96 (RFC 6052, the last 4 bytes) and 6to4 2002::/16 (RFC 3056, bytes 2 to
 *             5), because a translator or a dual-stack host delivers the request to that IPv4
 *             address;
 *       </ul>
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
