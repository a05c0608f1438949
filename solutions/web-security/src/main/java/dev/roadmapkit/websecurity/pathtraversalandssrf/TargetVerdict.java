package dev.roadmapkit.websecurity.pathtraversalandssrf;

/** How an outbound URL was classified. */
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
  /** The machine itself: 127.0.0.0/8, ::1, {@code localhost}. */
  LOOPBACK,
  /** 0.0.0.0/8 or {@code ::}, which reach the machine itself on many systems. */
  UNSPECIFIED,
  /** A private network: 10/8, 172.16/12, 192.168/16, 100.64/10, fc00::/7. */
  PRIVATE,
  /** Link-local: 169.254/16 (where cloud metadata lives) and fe80::/10. */
  LINK_LOCAL
}
