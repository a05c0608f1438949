package dev.roadmapkit.websecurity.pathtraversalandssrf;

/**
 * How an outbound URL was classified. An IPv6 address that embeds an IPv4 address is classified by
 * the IPv4 address it embeds: IPv4-mapped {@code ::ffff:0:0/96} and IPv4-compatible {@code ::/96}
 * (RFC 4291 section 2.5.5), NAT64 {@code 64:ff9b::/96} (RFC 6052) and 6to4 {@code 2002::/16} (RFC
 * 3056, the IPv4 address in bits 16 to 47).
 */
public enum TargetVerdict {
  /**
   * A public address, or a host name (which must be resolved and checked again at connect time).
   */
  ALLOWED,
  /** Not a parseable absolute URL with a host. */
  MALFORMED,
  /** A scheme other than {@code http} or {@code https}. */
  SCHEME_NOT_ALLOWED,
  /** A numeric host in a form other than four decimal parts, which parsers disagree on. */
  AMBIGUOUS_ADDRESS,
  /** The machine itself: 127.0.0.0/8 (RFC 1122), ::1 (RFC 4291), {@code localhost} (RFC 6761). */
  LOOPBACK,
  /**
   * 0.0.0.0/8 (RFC 1122) or {@code ::} (RFC 4291), which reach the machine itself on many systems.
   */
  UNSPECIFIED,
  /**
   * A private network: 10/8, 172.16/12, 192.168/16 (RFC 1918), the shared address space 100.64/10
   * (RFC 6598), unique local fc00::/7 (RFC 4193).
   */
  PRIVATE,
  /** Link-local: 169.254/16 (RFC 3927, where cloud metadata lives) and fe80::/10 (RFC 4291). */
  LINK_LOCAL,
  /** Multicast: 224.0.0.0/4 (RFC 5771) and ff00::/8 (RFC 4291 section 2.7). */
  MULTICAST,
  /** The limited broadcast address 255.255.255.255 (RFC 919, RFC 8190). */
  BROADCAST
}
