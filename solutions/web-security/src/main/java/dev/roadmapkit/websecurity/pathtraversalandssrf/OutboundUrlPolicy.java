package dev.roadmapkit.websecurity.pathtraversalandssrf;

// Key idea: decide on the address, not on the text. Parse the URL with java.net.URI, turn a
// literal host into bytes without DNS (InetAddress.getByAddress for IPv4 parts, the bracketed form
// for IPv6, which the JDK parses locally), and classify the bytes; an IPv4-mapped IPv6 address
// comes back as IPv4 and is classified as such. Numeric hosts in legacy forms (127.1, 2130706433,
// 0x7f.0.0.1, 0177.0.0.1) are refused outright: different parsers read them differently, which is
// exactly what an attacker needs. IPv6 forms that carry an IPv4 address (compatible, NAT64, 6to4)
// are classified by that IPv4 address, because a translator or a dual-stack host delivers to it.

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Exercise {@code web-security/path-traversal-and-ssrf}: classify outbound URLs. */
public final class OutboundUrlPolicy {

  private static final Pattern DOTTED_QUAD =
      Pattern.compile(
          "(0|[1-9]\\d{0,2})\\.(0|[1-9]\\d{0,2})\\.(0|[1-9]\\d{0,2})\\.(0|[1-9]\\d{0,2})");
  // Host names whose labels are all numbers (decimal, 0x-hex or 0-octal) are IPv4 addresses to a
  // browser or curl, whatever the number of labels.
  private static final Pattern NUMERIC =
      Pattern.compile("((0x[0-9a-f]*|\\d+)\\.)*(0x[0-9a-f]*|\\d+)");

  private OutboundUrlPolicy() {}

  /** Classifies {@code url}; never throws, never uses the network. */
  public static TargetVerdict classify(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return TargetVerdict.MALFORMED;
    }
    String scheme = uri.getScheme();
    if (scheme == null) {
      return TargetVerdict.MALFORMED;
    }
    scheme = scheme.toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return TargetVerdict.SCHEME_NOT_ALLOWED;
    }
    if (uri.getHost() == null) {
      return TargetVerdict.MALFORMED;
    }
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    if (host.equals("localhost") || host.endsWith(".localhost")) {
      return TargetVerdict.LOOPBACK;
    }
    byte[] address;
    try {
      if (host.startsWith("[")) {
        address = InetAddress.getByName(host).getAddress();
      } else {
        Matcher quad = DOTTED_QUAD.matcher(host);
        if (!quad.matches()) {
          return NUMERIC.matcher(host).matches()
              ? TargetVerdict.AMBIGUOUS_ADDRESS
              : TargetVerdict.ALLOWED;
        }
        address = new byte[4];
        for (int i = 0; i < 4; i++) {
          int part = Integer.parseInt(quad.group(i + 1));
          if (part > 255) {
            return TargetVerdict.AMBIGUOUS_ADDRESS;
          }
          address[i] = (byte) part;
        }
      }
    } catch (UnknownHostException e) {
      return TargetVerdict.MALFORMED;
    }
    return classify(address);
  }

  private static TargetVerdict classify(byte[] address) {
    if (address.length == 4) {
      return classifyIpv4(address);
    }
    byte[] embedded = embeddedIpv4(address);
    return embedded != null ? classifyIpv4(embedded) : classifyIpv6(address);
  }

  /**
   * The IPv4 address an IPv6 address carries, or null: IPv4-compatible ::/96 and IPv4-mapped
   * ::ffff:0:0/96 (RFC 4291 section 2.5.5), NAT64 64:ff9b::/96 (RFC 6052), 6to4 2002::/16 (RFC
   * 3056). A translator or a dual-stack socket delivers a packet for these to the IPv4 address.
   */
  private static byte[] embeddedIpv4(byte[] a) {
    if (zero(a, 0, 10)) {
      boolean compatible = zero(a, 10, 12);
      boolean mapped = (a[10] & 0xff) == 0xff && (a[11] & 0xff) == 0xff;
      // :: and ::1 are IPv6's own unspecified and loopback addresses, not IPv4-compatible ones.
      boolean ownAddress = compatible && zero(a, 12, 15) && (a[15] == 0 || a[15] == 1);
      if (mapped || compatible && !ownAddress) {
        return Arrays.copyOfRange(a, 12, 16);
      }
    }
    if (a[0] == 0
        && a[1] == 0x64
        && (a[2] & 0xff) == 0xff
        && (a[3] & 0xff) == 0x9b
        && zero(a, 4, 12)) {
      return Arrays.copyOfRange(a, 12, 16);
    }
    if (a[0] == 0x20 && a[1] == 0x02) {
      return Arrays.copyOfRange(a, 2, 6);
    }
    return null;
  }

  private static boolean zero(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] != 0) {
        return false;
      }
    }
    return true;
  }

  private static TargetVerdict classifyIpv4(byte[] address) {
    int a = address[0] & 0xff;
    int b = address[1] & 0xff;
    if (a == 127) {
      return TargetVerdict.LOOPBACK;
    }
    if (a == 0) {
      return TargetVerdict.UNSPECIFIED;
    }
    if (a == 10
        || a == 172 && (b & 0xf0) == 16
        || a == 192 && b == 168
        || a == 100 && (b & 0xc0) == 64) {
      return TargetVerdict.PRIVATE;
    }
    if (a == 169 && b == 254) {
      return TargetVerdict.LINK_LOCAL;
    }
    if ((a & 0xf0) == 224) {
      return TargetVerdict.MULTICAST;
    }
    if (a == 255 && b == 255 && (address[2] & 0xff) == 255 && (address[3] & 0xff) == 255) {
      return TargetVerdict.BROADCAST;
    }
    return TargetVerdict.ALLOWED;
  }

  private static TargetVerdict classifyIpv6(byte[] address) {
    int a = address[0] & 0xff;
    int b = address[1] & 0xff;
    if (zero(address, 0, 15)) {
      return address[15] == 1 ? TargetVerdict.LOOPBACK : TargetVerdict.UNSPECIFIED;
    }
    if (a == 0xff) {
      return TargetVerdict.MULTICAST;
    }
    if ((a & 0xfe) == 0xfc) {
      return TargetVerdict.PRIVATE;
    }
    return a == 0xfe && (b & 0xc0) == 0x80 ? TargetVerdict.LINK_LOCAL : TargetVerdict.ALLOWED;
  }
}
