package dev.roadmapkit.websecurity.pathtraversalandssrf;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@Label("web-security/path-traversal-and-ssrf: OutboundUrlPolicy")
class OutboundUrlPolicyTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "https://example.com/hook, ALLOWED",
    "http://93.184.215.14/, ALLOWED",
    "https://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/, ALLOWED",
    "http://172.32.0.1/, ALLOWED",
    "http://100.128.0.1/, ALLOWED",
    "http://127.0.0.1/, LOOPBACK",
    "http://127.255.255.254:8080/admin, LOOPBACK",
    "http://localhost/, LOOPBACK",
    "http://LOCALHOST./, LOOPBACK",
    "http://api.localhost/, LOOPBACK",
    "http://[::1]/, LOOPBACK",
    "http://[::ffff:127.0.0.1]/, LOOPBACK",
    "http://example.com@127.0.0.1/, LOOPBACK",
    "http://0.0.0.0/, UNSPECIFIED",
    "http://[::]/, UNSPECIFIED",
    "http://10.1.2.3/, PRIVATE",
    "http://172.16.0.1/, PRIVATE",
    "http://172.31.255.255/, PRIVATE",
    "http://192.168.1.1/, PRIVATE",
    "http://100.64.0.1/, PRIVATE",
    "http://[fd12:3456::1]/, PRIVATE",
    "http://[::ffff:10.0.0.1]/, PRIVATE",
    "http://169.254.169.254/latest/meta-data/, LINK_LOCAL",
    "http://[fe80::1]/, LINK_LOCAL",
    "HTTPS://example.com/, ALLOWED",
    "HtTp://example.com/, ALLOWED",
    "http://172.20.0.1/, PRIVATE",
    "http://[fc00::1]/, PRIVATE",
    "file:///etc/passwd, SCHEME_NOT_ALLOWED",
    "gopher://127.0.0.1:6379/_FLUSHALL, SCHEME_NOT_ALLOWED",
    "ftp://example.com/, SCHEME_NOT_ALLOWED",
    "http://010.0.0.1/, AMBIGUOUS_ADDRESS",
    "not a url, MALFORMED",
    "/relative/path, MALFORMED",
    "http:///no-host, MALFORMED",
  })
  @DisplayName("URLs are classified by the address they name, without DNS")
  void classifies(String url, TargetVerdict expected) {
    assertThat(OutboundUrlPolicy.classify(url))
        .as(
            "classify(\"%s\"): decide on the address bytes, not on the text. Parse with"
                + " java.net.URI (userinfo before @ is not the host), compare the scheme"
                + " case-insensitively, and see TargetVerdict for the ranges",
            url)
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} is refused")
  @ValueSource(
      strings = {
        "http://127.1/",
        "http://2130706433/",
        "http://0177.0.0.1/",
        "http://0x7f000001/",
        "http://0x7f.0.0.1/",
        "http://256.1.1.1/",
        "http://127.0.0.1.5/",
      })
  @DisplayName("legacy numeric forms of 127.0.0.1 are refused, never allowed")
  void legacyForms(String url) {
    assertThat(OutboundUrlPolicy.classify(url))
        .as(
            "curl and browsers read %s as 127.0.0.1; a check that only knows dotted quads must"
                + " not let it through: AMBIGUOUS_ADDRESS (or MALFORMED where URI refuses it)",
            url)
        .isIn(TargetVerdict.AMBIGUOUS_ADDRESS, TargetVerdict.MALFORMED);
  }

  @Provide
  Arbitrary<String> urls() {
    Arbitrary<String> junk = Arbitraries.strings().all().ofMaxLength(40);
    Arbitrary<String> hosts =
        Arbitraries.strings().withChars("0123456789abcdefx.:[]%@").ofMaxLength(20);
    return Arbitraries.oneOf(junk, hosts.map(h -> "http://" + h + "/"));
  }

  @Property(tries = 400)
  @Label("classify() never throws")
  void neverThrows(@ForAll("urls") String url) {
    assertThat(OutboundUrlPolicy.classify(url)).as("classify(\"%s\")", url).isNotNull();
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "http://[::127.0.0.1]/, LOOPBACK",
    "http://[::ffff:127.0.0.1]/, LOOPBACK",
    "http://[::ffff:7f00:1]/, LOOPBACK",
    "http://[64:ff9b::127.0.0.1]/, LOOPBACK",
    "http://[64:ff9b::7f00:1]/, LOOPBACK",
    "http://[2002:7f00:1::]/, LOOPBACK",
    "http://[::10.0.0.1]/, PRIVATE",
    "http://[64:ff9b::192.168.0.1]/, PRIVATE",
    "http://[2002:c0a8:101::1]/, PRIVATE",
    "http://[64:ff9b::169.254.169.254]/, LINK_LOCAL",
    "http://[2002:a9fe:a9fe::]/, LINK_LOCAL",
    "http://[::ffff:0.0.0.0]/, UNSPECIFIED",
    "http://[64:ff9b::93.184.215.14]/, ALLOWED",
    "http://[2002:5db8:d70e::1]/, ALLOWED",
  })
  @DisplayName("an IPv6 address that embeds an IPv4 address is classified by the IPv4 address")
  void embeddedIpv4(String url, TargetVerdict expected) {
    assertThat(OutboundUrlPolicy.classify(url))
        .as(
            "classify(\"%s\"): this IPv6 address carries an IPv4 address, and a dual-stack host"
                + " or a translator delivers the request to it. Classify the embedded IPv4 address"
                + " for IPv4-mapped ::ffff:0:0/96 and IPv4-compatible ::/96 (RFC 4291 section"
                + " 2.5.5), NAT64 64:ff9b::/96 (RFC 6052, the last 4 bytes) and 6to4 2002::/16 (RFC"
                + " 3056, bytes 2 to 5)",
            url)
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "http://224.0.0.1/, MULTICAST",
    "http://239.255.255.250:1900/, MULTICAST",
    "http://[ff02::1]/, MULTICAST",
    "http://[ff05::fb]/, MULTICAST",
    "http://[::ffff:224.0.0.251]/, MULTICAST",
    "http://255.255.255.255/, BROADCAST",
    "http://[64:ff9b::255.255.255.255]/, BROADCAST",
  })
  @DisplayName("multicast and broadcast addresses are refused")
  void multicastAndBroadcast(String url, TargetVerdict expected) {
    assertThat(OutboundUrlPolicy.classify(url))
        .as(
            "classify(\"%s\"): multicast 224.0.0.0/4 (RFC 5771) and ff00::/8 (RFC 4291 section"
                + " 2.7) reach every listener on the local network (SSDP, mDNS), and"
                + " 255.255.255.255 is the limited broadcast address (RFC 919): neither is a"
                + " server to fetch from",
            url)
        .isEqualTo(expected);
  }

  /** An IPv4 range: its first address, its prefix length, the verdict and its RFC. */
  record Range(int first, int prefix, TargetVerdict verdict, String rfc) {
    Arbitrary<byte[]> addresses() {
      long size = 1L << (32 - prefix);
      return Arbitraries.longs()
          .between(0, size - 1)
          .map(
              offset -> {
                int a = (int) (first + offset);
                return new byte[] {
                  (byte) (a >>> 24), (byte) (a >>> 16), (byte) (a >>> 8), (byte) a
                };
              });
    }

    @Override
    public String toString() {
      return String.format(
          "%d.%d.%d.%d/%d (%s, %s)",
          first >>> 24,
          first >>> 16 & 0xff,
          first >>> 8 & 0xff,
          first & 0xff,
          prefix,
          verdict,
          rfc);
    }
  }

  private static final List<Range> RANGES =
      List.of(
          new Range(0x7f000000, 8, TargetVerdict.LOOPBACK, "RFC 1122"),
          new Range(0x0a000000, 8, TargetVerdict.PRIVATE, "RFC 1918"),
          new Range(0xac100000, 12, TargetVerdict.PRIVATE, "RFC 1918"),
          new Range(0xc0a80000, 16, TargetVerdict.PRIVATE, "RFC 1918"),
          new Range(0x64400000, 10, TargetVerdict.PRIVATE, "RFC 6598"),
          new Range(0xa9fe0000, 16, TargetVerdict.LINK_LOCAL, "RFC 3927"),
          new Range(0x00000000, 8, TargetVerdict.UNSPECIFIED, "RFC 1122"),
          new Range(0xe0000000, 4, TargetVerdict.MULTICAST, "RFC 5771"));

  /** The ways an IPv6 address carries an IPv4 address, as text for a URL host. */
  enum Embedding {
    MAPPED("::ffff:0:0/96, RFC 4291 section 2.5.5.2"),
    COMPATIBLE("::/96, RFC 4291 section 2.5.5.1"),
    NAT64("64:ff9b::/96, RFC 6052"),
    SIX_TO_FOUR("2002::/16, RFC 3056");

    final String range;

    Embedding(String range) {
      this.range = range;
    }

    String host(byte[] v4) {
      byte[] v6 = new byte[16];
      switch (this) {
        case MAPPED -> {
          v6[10] = (byte) 0xff;
          v6[11] = (byte) 0xff;
          System.arraycopy(v4, 0, v6, 12, 4);
        }
        case COMPATIBLE -> System.arraycopy(v4, 0, v6, 12, 4);
        case NAT64 -> {
          v6[1] = 0x64;
          v6[2] = (byte) 0xff;
          v6[3] = (byte) 0x9b;
          System.arraycopy(v4, 0, v6, 12, 4);
        }
        case SIX_TO_FOUR -> {
          v6[0] = 0x20;
          v6[1] = 0x02;
          System.arraycopy(v4, 0, v6, 2, 4);
          v6[15] = 1;
        }
      }
      StringBuilder text = new StringBuilder("[");
      for (int i = 0; i < 16; i += 2) {
        text.append(i == 0 ? "" : ":")
            .append(HexFormat.of().toHexDigits(v6[i]))
            .append(HexFormat.of().toHexDigits(v6[i + 1]));
      }
      return text.append("]").toString();
    }
  }

  /** An address drawn from a range. */
  record Sample(Range range, byte[] v4) {
    @Override
    public String toString() {
      return (v4[0] & 0xff)
          + "."
          + (v4[1] & 0xff)
          + "."
          + (v4[2] & 0xff)
          + "."
          + (v4[3] & 0xff)
          + " in "
          + range;
    }
  }

  @Provide
  Arbitrary<Sample> samples() {
    return Arbitraries.of(RANGES).flatMap(r -> r.addresses().map(a -> new Sample(r, a)));
  }

  @Property(tries = 400)
  @Label("every address of each refused IPv4 range is refused, also embedded in IPv6")
  void everyAddressOfEachRangeIsRefused(
      @ForAll("samples") Sample sample, @ForAll Embedding embedding) {
    Range range = sample.range();
    byte[] v4 = sample.v4();
    String dotted =
        (v4[0] & 0xff) + "." + (v4[1] & 0xff) + "." + (v4[2] & 0xff) + "." + (v4[3] & 0xff);
    assertThat(OutboundUrlPolicy.classify("http://" + dotted + "/"))
        .as("http://%s/ lies in %s", dotted, range)
        .isEqualTo(range.verdict());
    boolean compatibleLoopback = embedding == Embedding.COMPATIBLE && dotted.equals("0.0.0.1");
    String url = "http://" + embedding.host(v4) + "/";
    assertThat(OutboundUrlPolicy.classify(url))
        .as(
            "%s embeds %s in %s, and %s lies in %s: classify the IPv4 address it carries",
            url, dotted, embedding.range, dotted, range)
        .isEqualTo(compatibleLoopback ? TargetVerdict.LOOPBACK : range.verdict());
  }

  @Property(tries = 200)
  @Label("every address of ff00::/8 is MULTICAST (RFC 4291 section 2.7)")
  void everyIpv6MulticastAddressIsRefused(@ForAll byte[] tail) throws Exception {
    byte[] v6 = new byte[16];
    v6[0] = (byte) 0xff;
    System.arraycopy(tail, 0, v6, 1, Math.min(15, tail.length));
    String host = InetAddress.getByAddress(v6).getHostAddress();
    assertThat(OutboundUrlPolicy.classify("http://[" + host + "]/"))
        .as("[%s] lies in ff00::/8, IPv6 multicast (RFC 4291 section 2.7)", host)
        .isEqualTo(TargetVerdict.MULTICAST);
  }
}
