package dev.roadmapkit.internet.dnsmessage;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/** Given: the RDATA of a resource record, one type per record type the decoder understands. */
public sealed interface RecordData
    permits RecordData.A,
        RecordData.Aaaa,
        RecordData.Cname,
        RecordData.Mx,
        RecordData.Txt,
        RecordData.Unknown {

  /** TYPE of an IPv4 address record. */
  int TYPE_A = 1;

  /** TYPE of a canonical name (alias) record. */
  int TYPE_CNAME = 5;

  /** TYPE of a mail exchange record. */
  int TYPE_MX = 15;

  /** TYPE of a text record. */
  int TYPE_TXT = 16;

  /** TYPE of an IPv6 address record (RFC 3596). */
  int TYPE_AAAA = 28;

  /** An A record: 4 octets. */
  record A(Inet4Address address) implements RecordData {}

  /** An AAAA record: 16 octets. */
  record Aaaa(Inet6Address address) implements RecordData {}

  /** A CNAME record: the canonical name, absolute, with its trailing dot. */
  record Cname(String target) implements RecordData {}

  /** An MX record: a 16-bit preference (lower is preferred) and the exchange's name. */
  record Mx(int preference, String exchange) implements RecordData {}

  /**
   * A TXT record: one or more character-strings, each a length octet and that many octets, read as
   * ISO-8859-1 characters.
   */
  record Txt(List<String> strings) implements RecordData {
    /** Keeps an unmodifiable copy. */
    public Txt {
      strings = List.copyOf(strings);
    }
  }

  /** The RDATA of any other type, as the octets of the packet. */
  record Unknown(byte[] octets) implements RecordData {
    /** Keeps a copy. */
    public Unknown {
      octets = octets.clone();
    }

    @Override
    public byte[] octets() {
      return octets.clone();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Unknown && Arrays.equals(octets, ((Unknown) other).octets);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(octets);
    }

    @Override
    public String toString() {
      return "Unknown[" + HexFormat.of().formatHex(octets) + "]";
    }
  }
}
