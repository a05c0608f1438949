package dev.roadmapkit.internet.dnsmessage;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.Type;

/**
 * Makes the response packets under {@code src/test/resources/.../dnsmessage/} with dnsjava: each is
 * a {@link Message} built as a DNS server would answer, written with {@link Message#toWire()}
 * (which compresses names as servers do). This machine has no network, so no packet was captured
 * from a live server; see NOTE.md beside the fixtures. Run it with the directory to write into:
 *
 * <pre>
 * java -cp ... dev.roadmapkit.internet.dnsmessage.DnsFixtureGenerator \
 *     exercises/internet/src/test/resources/dev/roadmapkit/internet/dnsmessage
 * </pre>
 *
 * <p>The test {@code DnsCodecTest} checks that the committed files are exactly what this makes.
 */
public final class DnsFixtureGenerator {

  private DnsFixtureGenerator() {}

  /** Writes every fixture into the directory {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    Path directory = Path.of(args[0]);
    Files.createDirectories(directory);
    for (Map.Entry<String, byte[]> fixture : fixtures().entrySet()) {
      Files.write(directory.resolve(fixture.getKey()), fixture.getValue());
    }
  }

  /** The fixtures by file name, in a fixed order. */
  static Map<String, byte[]> fixtures() throws IOException {
    Map<String, byte[]> fixtures = new LinkedHashMap<>();
    fixtures.put("a.bin", a().toWire());
    fixtures.put("aaaa.bin", aaaa().toWire());
    fixtures.put("cname-chain.bin", cnameChain().toWire());
    fixtures.put("mx.bin", mx().toWire());
    fixtures.put("txt.bin", txt().toWire());
    fixtures.put("nxdomain.bin", nxdomain().toWire());
    fixtures.put("large.bin", large().toWire());
    fixtures.put("ttl-unsigned.bin", ttlUnsigned());
    return fixtures;
  }

  private static Name name(String text) throws IOException {
    return Name.fromString(text);
  }

  private static Message response(int id, String qname, int qtype, boolean authoritative)
      throws IOException {
    Message message = new Message(id);
    message.getHeader().setFlag(Flags.QR);
    message.getHeader().setFlag(Flags.RD);
    message.getHeader().setFlag(Flags.RA);
    if (authoritative) {
      message.getHeader().setFlag(Flags.AA);
    }
    message.addRecord(Record.newRecord(name(qname), qtype, DClass.IN), Section.QUESTION);
    return message;
  }

  static Message a() throws IOException {
    Message m = response(0x1a2b, "example.com.", Type.A, false);
    m.addRecord(
        new ARecord(name("example.com."), DClass.IN, 3600, InetAddress.getByName("192.0.2.1")),
        Section.ANSWER);
    m.addRecord(
        new ARecord(name("example.com."), DClass.IN, 3600, InetAddress.getByName("192.0.2.2")),
        Section.ANSWER);
    return m;
  }

  static Message aaaa() throws IOException {
    Message m = response(0xbeef, "ipv6.example.com.", Type.AAAA, true);
    m.addRecord(
        new AAAARecord(
            name("ipv6.example.com."), DClass.IN, 300, InetAddress.getByName("2001:db8::1")),
        Section.ANSWER);
    m.addRecord(
        new AAAARecord(
            name("ipv6.example.com."), DClass.IN, 300, InetAddress.getByName("2001:db8::ff00")),
        Section.ANSWER);
    return m;
  }

  static Message cnameChain() throws IOException {
    Message m = response(0x0042, "www.example.com.", Type.A, false);
    m.addRecord(
        new CNAMERecord(name("www.example.com."), DClass.IN, 600, name("web.example.net.")),
        Section.ANSWER);
    m.addRecord(
        new CNAMERecord(name("web.example.net."), DClass.IN, 60, name("edge.cdn.example.org.")),
        Section.ANSWER);
    m.addRecord(
        new ARecord(
            name("edge.cdn.example.org."), DClass.IN, 20, InetAddress.getByName("192.0.2.10")),
        Section.ANSWER);
    m.addRecord(
        new ARecord(
            name("edge.cdn.example.org."), DClass.IN, 20, InetAddress.getByName("192.0.2.11")),
        Section.ANSWER);
    return m;
  }

  static Message mx() throws IOException {
    Message m = response(0x7fff, "example.com.", Type.MX, true);
    m.addRecord(
        new MXRecord(name("example.com."), DClass.IN, 86400, 10, name("mail.example.com.")),
        Section.ANSWER);
    m.addRecord(
        new MXRecord(name("example.com."), DClass.IN, 86400, 20, name("backup.mail.example.com.")),
        Section.ANSWER);
    m.addRecord(
        new ARecord(
            name("mail.example.com."), DClass.IN, 86400, InetAddress.getByName("192.0.2.25")),
        Section.ADDITIONAL);
    m.addRecord(
        new AAAARecord(
            name("backup.mail.example.com."),
            DClass.IN,
            86400,
            InetAddress.getByName("2001:db8::25")),
        Section.ADDITIONAL);
    return m;
  }

  static Message txt() throws IOException {
    Message m = response(0x8001, "example.com.", Type.TXT, true);
    m.addRecord(
        new TXTRecord(name("example.com."), DClass.IN, 300, List.of("v=spf1 -all")),
        Section.ANSWER);
    m.addRecord(
        new TXTRecord(name("example.com."), DClass.IN, 300, List.of("first", "", "x".repeat(255))),
        Section.ANSWER);
    return m;
  }

  static Message nxdomain() throws IOException {
    Message m = response(0xffff, "nosuch.example.com.", Type.A, true);
    m.getHeader().setRcode(Rcode.NXDOMAIN);
    m.addRecord(
        new SOARecord(
            name("example.com."),
            DClass.IN,
            300,
            name("ns1.example.com."),
            name("hostmaster.example.com."),
            2026120301L,
            7200,
            3600,
            1209600,
            300),
        Section.AUTHORITY);
    return m;
  }

  /** Long enough (about 900 octets) that pointers point past offset 255. */
  static Message large() throws IOException {
    Message m = response(0x0100, "big.example.com.", Type.MX, false);
    for (int i = 1; i <= 24; i++) {
      Name exchange = name(String.format("mx%02d.big.example.com.", i));
      m.addRecord(
          new MXRecord(name("big.example.com."), DClass.IN, 1800, i, exchange), Section.ANSWER);
    }
    for (int i = 1; i <= 24; i++) {
      Name exchange = name(String.format("mx%02d.big.example.com.", i));
      m.addRecord(
          new ARecord(exchange, DClass.IN, 1800, InetAddress.getByName("192.0.2." + (100 + i))),
          Section.ADDITIONAL);
    }
    return m;
  }

  /**
   * The packet of {@link #a()} with the two answer TTLs overwritten by ff ff ff ff and 7f ff ff ff:
   * dnsjava refuses to build a record with a TTL above 2^31 - 1, but such octets arrive from the
   * network; RFC 2181 section 8 says a TTL with the top bit set counts as 0.
   */
  static byte[] ttlUnsigned() throws IOException {
    byte[] packet = a().toWire();
    // Header 12, question example.com. (13) + type and class (4) = 29; each answer is a 2-octet
    // pointer, type, class, then the TTL; an A answer is 16 octets.
    int firstTtl = 29 + 6;
    int secondTtl = firstTtl + 16;
    for (int ttlAt : new int[] {firstTtl, secondTtl}) {
      long old =
          ((packet[ttlAt] & 0xFFL) << 24)
              | ((packet[ttlAt + 1] & 0xFF) << 16)
              | ((packet[ttlAt + 2] & 0xFF) << 8)
              | (packet[ttlAt + 3] & 0xFF);
      if (old != 3600) {
        throw new IllegalStateException("layout changed: no TTL 3600 at " + ttlAt);
      }
    }
    packet[firstTtl] = (byte) 0xFF;
    packet[firstTtl + 1] = (byte) 0xFF;
    packet[firstTtl + 2] = (byte) 0xFF;
    packet[firstTtl + 3] = (byte) 0xFF;
    packet[secondTtl] = (byte) 0x7F;
    packet[secondTtl + 1] = (byte) 0xFF;
    packet[secondTtl + 2] = (byte) 0xFF;
    packet[secondTtl + 3] = (byte) 0xFF;
    return packet;
  }
}
