package dev.roadmapkit.internet.dnsmessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.roadmapkit.internet.dnsmessage.DnsFormatException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.Type;

@Label("internet/dns-message: DnsCodec")
class DnsCodecTest {

  private static final Duration LIMIT = Duration.ofSeconds(3);

  /** Made by {@link DnsFixtureGenerator} with dnsjava, for cases a server gives only rarely. */
  private static final List<String> GENERATED =
      List.of(
          "a.bin",
          "aaaa.bin",
          "cname-chain.bin",
          "mx.bin",
          "txt.bin",
          "nxdomain.bin",
          "large.bin",
          "ttl-unsigned.bin");

  /** Sent by a real server, BIND 9, and captured by {@code fixtures/capture-dns.sh}. */
  private static final List<String> CAPTURED =
      List.of(
          "captured/bind-a.bin",
          "captured/bind-aaaa.bin",
          "captured/bind-cname-chain.bin",
          "captured/bind-mx.bin",
          "captured/bind-txt.bin",
          "captured/bind-nxdomain.bin");

  private static final List<String> FIXTURES =
      Stream.concat(GENERATED.stream(), CAPTURED.stream()).collect(Collectors.toList());

  static List<String> fixtures() {
    return FIXTURES;
  }

  static byte[] fixture(String file) {
    try (InputStream in = DnsCodecTest.class.getResourceAsStream(file)) {
      assertThat(in).as("fixture %s is on the test class path", file).isNotNull();
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] hex(String text) {
    return HexFormat.of().parseHex(text.replace(" ", ""));
  }

  /** Decodes within the time limit: a learner's endless loop fails here instead of hanging. */
  private static DnsMessage decode(byte[] packet) {
    return assertTimeoutPreemptively(
        LIMIT,
        () -> DnsCodec.decode(packet),
        () ->
            "decoding "
                + HexFormat.of().formatHex(packet)
                + " did not end within 3 s: an endless loop? Compression pointers can point back"
                + " to themselves; refuse a pointer that does not point before the labels it ends");
  }

  private static Reason refusal(byte[] packet, String why) {
    Throwable thrown =
        assertTimeoutPreemptively(
            LIMIT,
            () -> catchThrowable(() -> DnsCodec.decode(packet)),
            () ->
                "decoding "
                    + HexFormat.of().formatHex(packet)
                    + " did not end within 3 s ("
                    + why
                    + "): follow pointers only backwards, and refuse the others as POINTER_LOOP");
    assertThat(thrown)
        .as(
            "%s: decode(%s) must throw DnsFormatException, not return or throw something else",
            why, HexFormat.of().formatHex(packet))
        .isInstanceOf(DnsFormatException.class);
    return ((DnsFormatException) thrown).reason();
  }

  private static Reason encodeRefusal(String name) {
    Throwable thrown = catchThrowable(() -> DnsCodec.encodeQuery(1, name, 1, true));
    assertThat(thrown)
        .as("encodeQuery of \"%s\" must throw DnsFormatException", name)
        .isInstanceOf(DnsFormatException.class);
    return ((DnsFormatException) thrown).reason();
  }

  // ---------------------------------------------------------------- encoding

  @Test
  @DisplayName("a query is the 12-octet header then the question, octet for octet")
  void encodesAQuery() {
    assertThat(HexFormat.of().formatHex(DnsCodec.encodeQuery(0x1234, "www.example.com", 1, true)))
        .as(
            "ID 1234, flags 0100 (only RD), QDCOUNT 1, three zero counts, then 3www 7example 3com"
                + " 0, QTYPE 1, QCLASS 1 (RFC 1035 4.1.1 and 4.1.2)")
        .isEqualTo("123401000001000000000000" + "03777777076578616d706c6503636f6d00" + "00010001");
    assertThat(HexFormat.of().formatHex(DnsCodec.encodeQuery(0xfedc, "Mx.Example.", 15, false)))
        .as("RD clear gives flags 0000; a trailing dot adds nothing; the case is kept; MX is 15")
        .isEqualTo("fedc00000001000000000000" + "024d78074578616d706c6500" + "000f0001");
    assertThat(HexFormat.of().formatHex(DnsCodec.encodeQuery(0, ".", 2, true)))
        .as("the root name is the single zero octet")
        .isEqualTo("000001000001000000000000" + "00" + "00020001");
  }

  @Test
  @DisplayName("dnsjava reads the query as we meant it")
  void dnsjavaReadsTheQuery() throws IOException {
    Message parsed = new Message(DnsCodec.encodeQuery(40000, "mail.example.org", 28, true));
    assertThat(parsed.getHeader().getID()).as("the ID, unsigned 16 bits").isEqualTo(40000);
    assertThat(parsed.getHeader().getFlag(Flags.RD)).as("RD is set").isTrue();
    assertThat(parsed.getHeader().getFlag(Flags.QR)).as("QR is clear: a query").isFalse();
    assertThat(parsed.getQuestion().getName().toString()).isEqualTo("mail.example.org.");
    assertThat(parsed.getQuestion().getType()).isEqualTo(Type.AAAA);
    assertThat(parsed.getQuestion().getDClass()).isEqualTo(DClass.IN);
  }

  @Test
  @DisplayName("a label has at most 63 octets and a name at most 255 in wire form")
  void encodingLimits() {
    String l63 = "a".repeat(63);
    assertThat(DnsCodec.encodeQuery(1, l63 + ".com", 1, true))
        .as("a 63-octet label fits: query of %d octets", 12 + 1 + 63 + 5 + 4)
        .hasSize(12 + 64 + 4 + 1 + 4);
    assertThat(encodeRefusal("a".repeat(64) + ".com"))
        .as("a 64-octet label cannot be written: its length octet would be 0x40, a reserved type")
        .isEqualTo(Reason.LABEL_TOO_LONG);
    String name255 = String.join(".", l63, l63, l63, "b".repeat(61));
    assertThat(DnsCodec.encodeQuery(1, name255, 1, true))
        .as("3 labels of 63 and one of 61: 3*64 + 62 + 1 = 255 octets, the most a name may have")
        .hasSize(12 + 255 + 4);
    assertThat(encodeRefusal(name255 + "b"))
        .as("one octet more is 256 octets in wire form: NAME_TOO_LONG")
        .isEqualTo(Reason.NAME_TOO_LONG);
    assertThat(encodeRefusal("a..b")).as("a..b has an empty label").isEqualTo(Reason.EMPTY_LABEL);
    assertThat(encodeRefusal(".a")).as(".a has an empty label").isEqualTo(Reason.EMPTY_LABEL);
  }

  // ---------------------------------------------------------------- decoding the fixtures

  @Test
  @DisplayName("decodes an A response: header flags, question, two answers")
  void decodesA() throws Exception {
    DnsMessage m = decode(fixture("a.bin"));
    assertThat(m.header())
        .as("ID 0x1a2b, QR RD RA set, AA and TC clear, opcode 0, rcode 0 (flags 0x8180)")
        .isEqualTo(new DnsHeader(0x1a2b, true, 0, false, false, true, true, 0));
    assertThat(m.questions()).containsExactly(new Question("example.com.", 1, 1));
    assertThat(m.answers())
        .as("the answers' owner names are compression pointers to the question's name")
        .containsExactly(
            new ResourceRecord("example.com.", 1, 1, 3600, new RecordData.A(ipv4("192.0.2.1"))),
            new ResourceRecord("example.com.", 1, 1, 3600, new RecordData.A(ipv4("192.0.2.2"))));
    assertThat(m.authorities()).isEmpty();
    assertThat(m.additionals()).isEmpty();
  }

  @Test
  @DisplayName("decodes AAAA, CNAME chains, MX with additionals, TXT and an NXDOMAIN with its SOA")
  void decodesTheOtherTypes() throws Exception {
    DnsMessage aaaa = decode(fixture("aaaa.bin"));
    assertThat(aaaa.header())
        .as("ID 0xbeef (unsigned: 48879), AA set")
        .isEqualTo(new DnsHeader(0xbeef, true, 0, true, false, true, true, 0));
    assertThat(aaaa.answers().get(1).data())
        .as("AAAA RDATA is 16 octets: 2001:db8::ff00")
        .isEqualTo(
            new RecordData.Aaaa((java.net.Inet6Address) InetAddress.getByName("2001:db8::ff00")));

    DnsMessage chain = decode(fixture("cname-chain.bin"));
    assertThat(chain.answers().stream().map(ResourceRecord::data).collect(Collectors.toList()))
        .as("CNAME targets are names, possibly compressed, inside the RDATA")
        .containsExactly(
            new RecordData.Cname("web.example.net."),
            new RecordData.Cname("edge.cdn.example.org."),
            new RecordData.A(ipv4("192.0.2.10")),
            new RecordData.A(ipv4("192.0.2.11")));
    assertThat(chain.answers().get(2).name()).isEqualTo("edge.cdn.example.org.");
    assertThat(chain.answers().get(2).ttl()).isEqualTo(20);

    DnsMessage mx = decode(fixture("mx.bin"));
    assertThat(mx.answers().stream().map(ResourceRecord::data).collect(Collectors.toList()))
        .as("MX RDATA: a 16-bit preference, then the exchange's name")
        .containsExactly(
            new RecordData.Mx(10, "mail.example.com."),
            new RecordData.Mx(20, "backup.mail.example.com."));
    assertThat(mx.additionals().stream().map(ResourceRecord::name).collect(Collectors.toList()))
        .as("additional records are decoded too (ARCOUNT 2)")
        .containsExactly("mail.example.com.", "backup.mail.example.com.");

    DnsMessage txt = decode(fixture("txt.bin"));
    assertThat(txt.answers().stream().map(ResourceRecord::data).collect(Collectors.toList()))
        .as("TXT RDATA is character-strings, a length octet each; empty and 255-octet ones too")
        .containsExactly(
            new RecordData.Txt(List.of("v=spf1 -all")),
            new RecordData.Txt(List.of("first", "", "x".repeat(255))));

    DnsMessage nx = decode(fixture("nxdomain.bin"));
    assertThat(nx.header().rcode()).as("NXDOMAIN is rcode 3").isEqualTo(3);
    assertThat(nx.header().id()).as("ID ffff is 65535, unsigned").isEqualTo(0xffff);
    assertThat(nx.answers()).as("no answers").isEmpty();
    assertThat(nx.authorities()).as("one SOA in the authority section (NSCOUNT 1)").hasSize(1);
    ResourceRecord soa = nx.authorities().get(0);
    assertThat(soa.type()).isEqualTo(Type.SOA);
    byte[] octets = ((RecordData.Unknown) soa.data()).octets();
    assertThat(HexFormat.of().formatHex(octets))
        .as(
            "an unknown type keeps its RDATA octets as they are; the SOA ends with its five numbers")
        .endsWith("78c4246d" + "00001c20" + "00000e10" + "00127500" + "0000012c");
  }

  @Test
  @DisplayName("decodes what a real server sent: BIND 9's answers, captured on loopback")
  void decodesBindsAnswers() throws Exception {
    // fixtures/capture-dns.sh asked BIND 9.18, authoritative for example.com, without recursion.
    DnsMessage a = decode(fixture("captured/bind-a.bin"));
    assertThat(a.header())
        .as("BIND answers ID 0x1001 with QR and AA set, RD and RA clear (flags 0x8400)")
        .isEqualTo(new DnsHeader(0x1001, true, 0, true, false, false, false, 0));
    assertThat(a.answers().stream().map(ResourceRecord::data).collect(Collectors.toList()))
        .containsExactlyInAnyOrder(
            new RecordData.A(ipv4("192.0.2.10")), new RecordData.A(ipv4("192.0.2.11")));
    assertThat(a.authorities())
        .as("BIND adds the zone's NS record in the authority section (NSCOUNT 1)")
        .extracting(ResourceRecord::name)
        .containsExactly("example.com.");

    DnsMessage chain = decode(fixture("captured/bind-cname-chain.bin"));
    assertThat(DnsCodec.answersFor(chain, "Chain.Example.Com", Type.A))
        .as(
            "chain.example.com. is an alias of alias.example.com., an alias of www.example.com.,"
                + " which has two A records: BIND compresses each CNAME target against the names"
                + " before it")
        .extracting(ResourceRecord::data)
        .containsExactlyInAnyOrder(
            new RecordData.A(ipv4("192.0.2.10")), new RecordData.A(ipv4("192.0.2.11")));

    DnsMessage mx = decode(fixture("captured/bind-mx.bin"));
    assertThat(mx.answers().stream().map(ResourceRecord::data).collect(Collectors.toList()))
        .containsExactlyInAnyOrder(
            new RecordData.Mx(10, "mail.example.com."),
            new RecordData.Mx(20, "backup-mail.example.com."));
    assertThat(mx.additionals())
        .as("BIND sends the exchanges' addresses as additional records")
        .extracting(ResourceRecord::name)
        .contains("mail.example.com.", "backup-mail.example.com.");

    DnsMessage nx = decode(fixture("captured/bind-nxdomain.bin"));
    assertThat(nx.header().rcode()).as("missing.example.com. does not exist: rcode 3").isEqualTo(3);
    assertThat(nx.authorities())
        .as("the NXDOMAIN carries the zone's SOA in the authority section")
        .extracting(ResourceRecord::type)
        .containsExactly(Type.SOA);
  }

  @Test
  @DisplayName("pointers past offset 255 work: the 14-bit offset uses both octets")
  void decodesALargePacket() {
    byte[] packet = fixture("large.bin");
    assertThat(packet.length).as("precondition: a large packet").isGreaterThan(600);
    DnsMessage m = decode(packet);
    assertThat(m.answers()).hasSize(24);
    for (int i = 1; i <= 24; i++) {
      String exchange = String.format("mx%02d.big.example.com.", i);
      assertThat(m.answers().get(i - 1).data())
          .as("answer %d: MX %d %s", i, i, exchange)
          .isEqualTo(new RecordData.Mx(i, exchange));
      assertThat(m.additionals().get(i - 1).name())
          .as(
              "additional %d is owned by %s, a pointer to an offset above 255: the offset is"
                  + " (first & 0x3F) << 8 | (second & 0xFF)",
              i, exchange)
          .isEqualTo(exchange);
    }
  }

  @Test
  @DisplayName("the TTL is an unsigned 32-bit number, and one with its top bit set counts as 0")
  void ttlIsUnsigned() {
    DnsMessage m = decode(fixture("ttl-unsigned.bin"));
    assertThat(m.answers().get(0).ttl())
        .as(
            "TTL ff ff ff ff has its top bit set: RFC 2181 section 8 says it counts as 0 (read as"
                + " a signed int it would be -1, as unsigned 4294967295; neither is right)")
        .isEqualTo(0L);
    assertThat(m.answers().get(1).ttl())
        .as("TTL 7f ff ff ff is 2147483647, the largest TTL there is")
        .isEqualTo(2147483647L);
  }

  @ParameterizedTest(name = "{0} decodes as dnsjava decodes it")
  @MethodSource("fixtures")
  @DisplayName("every fixture decodes as dnsjava decodes the same octets")
  void agreesWithDnsjava(String file) throws IOException {
    byte[] packet = fixture(file);
    assertThat(withoutUnknownOctets(decode(packet)))
        .as("%s decoded by DnsCodec, compared with dnsjava's decoding of the same octets", file)
        .isEqualTo(withoutUnknownOctets(DnsjavaDecoding.of(packet)));
  }

  /**
   * dnsjava gives the RDATA of an unknown type (the SOA) uncompressed, while the packet holds it
   * compressed; those octets are checked against the packet in another test.
   */
  private static DnsMessage withoutUnknownOctets(DnsMessage m) {
    return new DnsMessage(
        m.header(),
        m.questions(),
        withoutUnknownOctets(m.answers()),
        withoutUnknownOctets(m.authorities()),
        withoutUnknownOctets(m.additionals()));
  }

  private static List<ResourceRecord> withoutUnknownOctets(List<ResourceRecord> records) {
    return records.stream()
        .map(
            r ->
                r.data() instanceof RecordData.Unknown
                    ? new ResourceRecord(
                        r.name(),
                        r.type(),
                        r.dnsClass(),
                        r.ttl(),
                        new RecordData.Unknown(new byte[0]))
                    : r)
        .collect(Collectors.toList());
  }

  // ---------------------------------------------------------------- malformed packets

  @Test
  @DisplayName("every proper prefix of a fixture is TRUNCATED, never an index error")
  void prefixesAreTruncated() {
    for (String file : FIXTURES) {
      byte[] packet = fixture(file);
      for (int length = 0; length < packet.length; length++) {
        byte[] prefix = Arrays.copyOf(packet, length);
        assertThat(refusal(prefix, file + " cut to " + length + " octets"))
            .as(
                "%s cut to %d of %d octets: the packet ends before what it announces, so the"
                    + " reason is TRUNCATED; check that octets are there before every read",
                file, length, packet.length)
            .isEqualTo(Reason.TRUNCATED);
      }
    }
  }

  /** A header with QDCOUNT 1 and the other counts 0. */
  private static final String QUERY_HEADER = "0001 0100 0001 0000 0000 0000";

  @Test
  @DisplayName("compression pointers that loop are POINTER_LOOP, within a time limit")
  void pointerLoops() {
    assertThat(refusal(hex(QUERY_HEADER + "c00c 0001 0001"), "a pointer to itself"))
        .as("at offset 12, c0 0c points to offset 12: itself. Following it never ends")
        .isEqualTo(Reason.POINTER_LOOP);
    assertThat(refusal(hex(QUERY_HEADER + "c00e c00c 0001 0001"), "two pointers to each other"))
        .as("offset 12 points to 14 and 14 back to 12: a pointer must point to a prior occurrence")
        .isEqualTo(Reason.POINTER_LOOP);
    assertThat(
            refusal(hex(QUERY_HEADER + "0161 c00c 0001 0001"), "a label and a pointer back to it"))
        .as(
            "offset 12 is label 'a' and then a pointer to 12, the start of this very name: each"
                + " pointer must point before the labels it ends, or the name repeats forever")
        .isEqualTo(Reason.POINTER_LOOP);
  }

  @Test
  @DisplayName("a pointer at or past the end of the packet is POINTER_OUT_OF_RANGE")
  void pointersOutOfRange() {
    assertThat(refusal(hex(QUERY_HEADER + "c0ff 0001 0001"), "a pointer to offset 255"))
        .as("c0 ff points to offset 255 of an 18-octet packet")
        .isEqualTo(Reason.POINTER_OUT_OF_RANGE);
    assertThat(refusal(hex(QUERY_HEADER + "c100 0001 0001"), "a pointer to offset 256"))
        .as("c1 00 is offset 256: the high 6 bits of the first octet count")
        .isEqualTo(Reason.POINTER_OUT_OF_RANGE);
    assertThat(refusal(hex(QUERY_HEADER + "c012 0001 0001"), "a pointer to offset 18"))
        .as("c0 12 points to offset 18, one past the last octet (17)")
        .isEqualTo(Reason.POINTER_OUT_OF_RANGE);
  }

  @Test
  @DisplayName("length octets starting with bits 01 or 10 are BAD_LABEL_TYPE")
  void reservedLabelTypes() {
    String label64 = "40" + "61".repeat(64);
    assertThat(refusal(hex(QUERY_HEADER + label64 + "00 0001 0001"), "a 64-octet label"))
        .as("0x40 is not a length of 64: labels are at most 63, and bits 01 are reserved")
        .isEqualTo(Reason.BAD_LABEL_TYPE);
    assertThat(refusal(hex(QUERY_HEADER + "80 0001 0001"), "a label type 10"))
        .as("0x80: bits 10 are reserved (RFC 1035 4.1.4)")
        .isEqualTo(Reason.BAD_LABEL_TYPE);
    assertThat(refusal(hex(QUERY_HEADER + "0161 7f 0001 0001"), "a label type 01 after a label"))
        .as("0x7f: bits 01 are reserved")
        .isEqualTo(Reason.BAD_LABEL_TYPE);
  }

  @Test
  @DisplayName("a name over 255 octets is NAME_TOO_LONG")
  void nameTooLong() {
    String label63 = "3f" + "61".repeat(63);
    String four = label63.repeat(4);
    assertThat(refusal(hex(QUERY_HEADER + four + "00 0001 0001"), "a 257-octet name"))
        .as("four labels of 63 are 4*64 + 1 = 257 octets: over 255")
        .isEqualTo(Reason.NAME_TOO_LONG);
    String fits = label63.repeat(3) + "3d" + "62".repeat(61);
    assertThat(decode(hex(QUERY_HEADER + fits + "00 0001 0001")).questions().get(0).name())
        .as("3*64 + 62 + 1 = 255 octets is allowed")
        .hasSize(255 - 1);
  }

  /** An answer-only header: ANCOUNT 1. */
  private static final String ANSWER_HEADER = "0001 8180 0000 0001 0000 0000";

  @Test
  @DisplayName("an RDATA that does not fit its RDLENGTH is BAD_RDATA")
  void badRdata() {
    assertThat(refusal(hex(ANSWER_HEADER + "00 0001 0001 00000e10 0005 c0000201 ff"), "A of 5"))
        .as("an A record's RDATA must be exactly 4 octets; this one says 5")
        .isEqualTo(Reason.BAD_RDATA);
    assertThat(refusal(hex(ANSWER_HEADER + "00 001c 0001 00000e10 0004 c0000201"), "AAAA of 4"))
        .as("an AAAA record's RDATA must be exactly 16 octets")
        .isEqualTo(Reason.BAD_RDATA);
    assertThat(refusal(hex(ANSWER_HEADER + "00 0005 0001 00000e10 0004 0161 00 ff"), "CNAME"))
        .as("the CNAME's name ends after 3 of the 4 octets RDLENGTH announces")
        .isEqualTo(Reason.BAD_RDATA);
    assertThat(refusal(hex(ANSWER_HEADER + "00 0010 0001 00000e10 0003 0561 6263"), "TXT"))
        .as("a TXT string of 5 octets in an RDATA of 3: it runs past its RDATA")
        .isEqualTo(Reason.BAD_RDATA);
    assertThat(refusal(hex(ANSWER_HEADER + "00 0001 0001 00000e10 0004 c000 02"), "RDATA cut"))
        .as("RDLENGTH 4 but only 3 octets left in the packet: TRUNCATED")
        .isEqualTo(Reason.TRUNCATED);
    assertThat(decode(hex(ANSWER_HEADER + "00 0010 0001 00000e10 0000")).answers().get(0).data())
        .as("a TXT RDATA of length 0 holds no strings")
        .isEqualTo(new RecordData.Txt(List.of()));
  }

  // ---------------------------------------------------------------- answersFor

  @Test
  @DisplayName("answersFor follows CNAMEs and compares names without regard to case")
  void answersForFollowsCnames() {
    DnsMessage chain = decode(fixture("cname-chain.bin"));
    List<ResourceRecord> a = DnsCodec.answersFor(chain, "WWW.Example.COM", Type.A);
    assertThat(a.stream().map(ResourceRecord::data).collect(Collectors.toList()))
        .as(
            "WWW.Example.COM is www.example.com. (DNS names compare case-insensitively), an alias"
                + " of web.example.net., an alias of edge.cdn.example.org., which has two A records")
        .containsExactly(
            new RecordData.A(ipv4("192.0.2.10")), new RecordData.A(ipv4("192.0.2.11")));
    assertThat(DnsCodec.answersFor(chain, "www.example.com.", Type.CNAME))
        .as("asking for the CNAME itself returns it, without following it")
        .containsExactly(chain.answers().get(0));
    assertThat(DnsCodec.answersFor(chain, "EDGE.cdn.example.org.", Type.A)).hasSize(2);
    assertThat(DnsCodec.answersFor(chain, "www.example.com", Type.AAAA))
        .as("no AAAA at the end of the chain: an empty list")
        .isEmpty();
    assertThat(DnsCodec.answersFor(chain, "other.example.com", Type.A))
        .as("a name without records: an empty list")
        .isEmpty();
    DnsMessage mx = decode(fixture("mx.bin"));
    assertThat(DnsCodec.answersFor(mx, "Example.Com.", Type.MX)).hasSize(2);
    assertThat(DnsCodec.answersFor(mx, "mail.example.com", Type.A))
        .as("only the answer section counts, not the additional one")
        .isEmpty();
  }

  @Test
  @DisplayName("answersFor ends on a CNAME loop")
  void answersForCnameLoop() throws IOException {
    Message m = new Message(7);
    m.getHeader().setFlag(Flags.QR);
    m.addRecord(
        Record.newRecord(Name.fromString("a.example."), Type.A, DClass.IN), Section.QUESTION);
    m.addRecord(
        new CNAMERecord(
            Name.fromString("a.example."), DClass.IN, 60, Name.fromString("B.example.")),
        Section.ANSWER);
    m.addRecord(
        new CNAMERecord(
            Name.fromString("b.example."), DClass.IN, 60, Name.fromString("a.example.")),
        Section.ANSWER);
    DnsMessage loop = decode(m.toWire());
    List<ResourceRecord> answers =
        assertTimeoutPreemptively(
            LIMIT,
            () -> DnsCodec.answersFor(loop, "a.example", Type.A),
            "a CNAME b, b CNAME a: remember the names you have visited and stop");
    assertThat(answers).as("a CNAME loop has no answer").isEmpty();
  }

  // ---------------------------------------------------------------- properties

  @Provide
  Arbitrary<String> names() {
    Arbitrary<String> label =
        Arbitraries.oneOf(
            Arbitraries.of("www", "WWW", "mail", "example", "Example", "com", "x-1", "a"),
            Arbitraries.strings()
                .withChars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")
                .ofMinLength(1)
                .ofMaxLength(20));
    return label.list().ofMinSize(0).ofMaxSize(5).map(l -> String.join(".", l) + ".");
  }

  @Provide
  Arbitrary<Message> messages() {
    Arbitrary<Record> record =
        Combinators.combine(
                names(),
                Arbitraries.integers().between(0, 4),
                Arbitraries.longs().between(0, 0x7FFFFFFFL),
                names(),
                Arbitraries.longs())
            .as(DnsCodecTest::record);
    return Combinators.combine(
            Arbitraries.integers().between(0, 0xFFFF),
            Arbitraries.integers().between(0, 0x1F),
            Arbitraries.integers().between(0, 5),
            names(),
            record.list().ofMaxSize(8),
            record.list().ofMaxSize(3),
            record.list().ofMaxSize(3))
        .as(
            (id, flags, rcode, qname, answers, authorities, additionals) -> {
              Message m = new Message(id);
              int[] bits = {Flags.QR, Flags.AA, Flags.TC, Flags.RD, Flags.RA};
              for (int i = 0; i < bits.length; i++) {
                if ((flags & (1 << i)) != 0) {
                  m.getHeader().setFlag(bits[i]);
                }
              }
              m.getHeader().setRcode(rcode);
              m.addRecord(Record.newRecord(name(qname), Type.A, DClass.IN), Section.QUESTION);
              answers.forEach(r -> m.addRecord(r, Section.ANSWER));
              authorities.forEach(r -> m.addRecord(r, Section.AUTHORITY));
              additionals.forEach(r -> m.addRecord(r, Section.ADDITIONAL));
              return m;
            });
  }

  private static Name name(String text) {
    try {
      return Name.fromString(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Record record(String owner, int kind, long ttl, String target, long seed) {
    Random random = new Random(seed);
    Name name = name(owner);
    try {
      switch (kind) {
        case 0:
          byte[] v4 = new byte[4];
          random.nextBytes(v4);
          return new ARecord(name, DClass.IN, ttl, InetAddress.getByAddress(v4));
        case 1:
          byte[] v6 = new byte[16];
          random.nextBytes(v6);
          return new AAAARecord(name, DClass.IN, ttl, InetAddress.getByAddress(v6));
        case 2:
          return new CNAMERecord(name, DClass.IN, ttl, name(target));
        case 3:
          return new MXRecord(name, DClass.IN, ttl, random.nextInt(0x10000), name(target));
        default:
          List<String> strings = new ArrayList<>();
          int count = 1 + random.nextInt(3);
          for (int i = 0; i < count; i++) {
            String piece = target.substring(0, Math.min(target.length(), 80));
            strings.add(piece.repeat(random.nextInt(4)));
          }
          return new TXTRecord(name, DClass.IN, ttl, strings);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Property(tries = 200)
  @Label("any message dnsjava writes decodes exactly as dnsjava decodes it")
  void randomMessagesAgreeWithDnsjava(@ForAll("messages") Message message) throws IOException {
    byte[] packet = message.toWire();
    assertThat(decode(packet))
        .as(
            "the message %s, written by dnsjava as %s, must decode as dnsjava reads it back",
            message, HexFormat.of().formatHex(packet))
        .isEqualTo(DnsjavaDecoding.of(packet));
  }

  @Property(tries = 300)
  @Label("a fixture with random octets overwritten decodes or throws DnsFormatException, in time")
  void corruptedPacketsFailCleanly(@ForAll("fixtureNames") String file, @ForAll long seed) {
    byte[] packet = fixture(file);
    Random random = new Random(seed);
    int changes = 1 + random.nextInt(4);
    for (int i = 0; i < changes; i++) {
      packet[random.nextInt(packet.length)] = (byte) random.nextInt(256);
    }
    Throwable thrown =
        assertTimeoutPreemptively(
            LIMIT,
            () -> catchThrowable(() -> DnsCodec.decode(packet)),
            () -> "decoding " + HexFormat.of().formatHex(packet) + " did not end within 3 s");
    if (thrown != null) {
      assertThat(thrown)
          .as(
              "decoding the corrupted packet %s may fail only with DnsFormatException",
              HexFormat.of().formatHex(packet))
          .isInstanceOf(DnsFormatException.class);
    }
  }

  @Provide
  Arbitrary<String> fixtureNames() {
    return Arbitraries.of(FIXTURES);
  }

  // ---------------------------------------------------------------- the fixtures themselves

  @Test
  @Tag("guard")
  @DisplayName("the committed fixtures are exactly what DnsFixtureGenerator makes with dnsjava")
  void fixturesAreReproducible() throws IOException {
    Map<String, byte[]> made = DnsFixtureGenerator.fixtures();
    assertThat(made.keySet()).containsExactlyElementsOf(GENERATED);
    for (Map.Entry<String, byte[]> entry : made.entrySet()) {
      assertThat(HexFormat.of().formatHex(fixture(entry.getKey())))
          .as(
              "%s must be what the generator writes (run it again if you changed it)",
              entry.getKey())
          .isEqualTo(HexFormat.of().formatHex(entry.getValue()));
    }
  }

  private static java.net.Inet4Address ipv4(String text) {
    try {
      return (java.net.Inet4Address) InetAddress.getByName(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
