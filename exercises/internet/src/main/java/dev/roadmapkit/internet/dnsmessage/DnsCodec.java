package dev.roadmapkit.internet.dnsmessage;

import java.util.List;

/**
 * Exercise {@code internet/dns-message}: write a DNS query and read DNS responses, octet by octet,
 * as RFC 1035 section 4 lays them out.
 *
 * <p>A message is a 12-octet header (ID; flags QR, OPCODE, AA, TC, RD, RA, RCODE; QDCOUNT, ANCOUNT,
 * NSCOUNT, ARCOUNT), then that many questions (name, QTYPE, QCLASS) and resource records (name,
 * TYPE, CLASS, TTL, RDLENGTH, RDATA). All numbers are big-endian and unsigned. A name is a sequence
 * of labels, each a length octet (0 to 63) and that many octets, ended by a zero octet; or,
 * anywhere in it, a two-octet <em>compression pointer</em>: the top two bits {@code 11} and a
 * 14-bit offset from the start of the message where the rest of the name is.
 *
 * <p>The decoder reads packets from the network, so it must survive anything: a packet cut short, a
 * pointer past the end, a pointer that points to itself. Each gives a {@link DnsFormatException}
 * with its {@link DnsFormatException.Reason}, never an {@code ArrayIndexOutOfBoundsException}, a
 * {@code StackOverflowError} or an endless loop. The tests decode real response packets made by the
 * DNS library dnsjava, and compare your decoding with dnsjava's.
 */
public final class DnsCodec {

  private DnsCodec() {}

  /**
   * A standard query: header with {@code id}, all flags clear except RD when {@code
   * recursionDesired}, QDCOUNT 1 and the other counts 0; then the question: {@code name} as labels
   * (a trailing dot is optional; {@code "."} is the root), {@code type} and class IN (1).
   *
   * @throws DnsFormatException {@code EMPTY_LABEL} for {@code a..b}, {@code LABEL_TOO_LONG} for a
   *     label over 63 octets, {@code NAME_TOO_LONG} when the name is over 255 octets in wire form
   *     (its labels with their length octets, plus the final zero)
   */
  public static byte[] encodeQuery(int id, String name, int type, boolean recursionDesired) {
    throw new UnsupportedOperationException(
        "TODO internet/dns-message: write the 12-octet header and the question, big-endian");
  }

  /**
   * Decodes a whole message: header, questions, answers, authorities, additionals.
   *
   * <p>Names come back absolute, with the trailing dot ({@code www.example.com.}, the root as
   * {@code "."}), in the case they have on the wire, each label's octets read as ISO-8859-1. RDATA:
   * A (exactly 4 octets) and AAAA (exactly 16) as addresses, CNAME as a name, MX as a 16-bit
   * preference and a name, TXT as its character-strings, any other type as its raw octets. Names
   * inside RDATA may be compressed too. The TTL is an unsigned 32-bit number ({@code 7f ff ff ff}
   * is 2147483647), and one with its top bit set counts as 0 (RFC 2181 section 8: {@code ff ff ff
   * ff} and {@code 80 00 00 00} are 0, never negative).
   *
   * @throws DnsFormatException {@code TRUNCATED} when the packet ends before something it
   *     announces; {@code POINTER_OUT_OF_RANGE} for a pointer at or past the end; {@code
   *     POINTER_LOOP} for a pointer that does not point before the labels it ends, that is before
   *     the start of the name or, after a jump, before the previous pointer's target (RFC 1035: "a
   *     prior occurrence"; so every jump goes further back, and following pointers must end);
   *     {@code BAD_LABEL_TYPE} for a length octet starting with bits 01 or 10; {@code
   *     NAME_TOO_LONG} for a name over 255 octets; {@code BAD_RDATA} when an RDATA does not exactly
   *     fill its RDLENGTH
   */
  public static DnsMessage decode(byte[] packet) {
    throw new UnsupportedOperationException(
        "TODO internet/dns-message: read the header, then names and records with a cursor that"
            + " checks every read");
  }

  /**
   * The answer records of {@code type} for {@code name}: if the answers hold none but hold a CNAME
   * for {@code name}, follow it (and the CNAME of that, and so on) and answer for the target. Names
   * compare without regard to ASCII case ({@code WWW.Example.com} is {@code www.example.com.}; a
   * missing trailing dot is allowed). A CNAME chain that loops ends with an empty list.
   */
  public static List<ResourceRecord> answersFor(DnsMessage response, String name, int type) {
    throw new UnsupportedOperationException(
        "TODO internet/dns-message: match names case-insensitively, follow CNAMEs");
  }
}
