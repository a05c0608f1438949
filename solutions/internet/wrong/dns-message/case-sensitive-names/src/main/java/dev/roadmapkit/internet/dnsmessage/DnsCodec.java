package dev.roadmapkit.internet.dnsmessage;

import dev.roadmapkit.internet.dnsmessage.DnsFormatException.Reason;
import java.io.ByteArrayOutputStream;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reference solution of {@code internet/dns-message}.
 *
 * <p>Key idea: one cursor over the packet, and every read checks the bytes are there first, so a
 * short packet is a {@code TRUNCATED} error and never an {@code ArrayIndexOutOfBoundsException}. A
 * name is read label by label; a compression pointer must point before the labels it ends (RFC
 * 1035: "a prior occurrence"), so every jump goes further back and following pointers ends.
 * Trade-off: a forward pointer that would not loop is refused too, as most resolvers do.
 */
public final class DnsCodec {

  private static final int HEADER = 12;
  private static final int MAX_LABEL = 63;
  private static final int MAX_NAME = 255;
  private static final int CLASS_IN = 1;

  private DnsCodec() {}

  /** A standard query for {@code name} and {@code type}, class IN, with RD set as asked. */
  public static byte[] encodeQuery(int id, String name, int type, boolean recursionDesired) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeShort(out, id);
    writeShort(out, recursionDesired ? 0x0100 : 0);
    writeShort(out, 1);
    writeShort(out, 0);
    writeShort(out, 0);
    writeShort(out, 0);
    writeName(out, name);
    writeShort(out, type);
    writeShort(out, CLASS_IN);
    return out.toByteArray();
  }

  private static void writeName(ByteArrayOutputStream out, String name) {
    String body = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    int length = 1;
    if (!body.isEmpty()) {
      for (String label : body.split("\\.", -1)) {
        byte[] octets = label.getBytes(StandardCharsets.ISO_8859_1);
        if (octets.length == 0) {
          throw new DnsFormatException(Reason.EMPTY_LABEL, "empty label in \"" + name + "\"");
        }
        if (octets.length > MAX_LABEL) {
          throw new DnsFormatException(
              Reason.LABEL_TOO_LONG, octets.length + "-octet label in \"" + name + "\"");
        }
        length += 1 + octets.length;
        out.write(octets.length);
        out.writeBytes(octets);
      }
    }
    if (length > MAX_NAME) {
      throw new DnsFormatException(Reason.NAME_TOO_LONG, length + " octets: \"" + name + "\"");
    }
    out.write(0);
  }

  private static void writeShort(ByteArrayOutputStream out, int value) {
    out.write((value >> 8) & 0xFF);
    out.write(value & 0xFF);
  }

  /** Decodes a whole DNS message. */
  public static DnsMessage decode(byte[] packet) {
    Cursor in = new Cursor(packet);
    int id = in.u16();
    int flags = in.u16();
    int qdCount = in.u16();
    int anCount = in.u16();
    int nsCount = in.u16();
    int arCount = in.u16();
    DnsHeader header =
        new DnsHeader(
            id,
            (flags & 0x8000) != 0,
            (flags >> 11) & 0xF,
            (flags & 0x0400) != 0,
            (flags & 0x0200) != 0,
            (flags & 0x0100) != 0,
            (flags & 0x0080) != 0,
            flags & 0xF);
    List<Question> questions = new ArrayList<>();
    for (int i = 0; i < qdCount; i++) {
      questions.add(new Question(in.name(), in.u16(), in.u16()));
    }
    return new DnsMessage(
        header, questions, records(in, anCount), records(in, nsCount), records(in, arCount));
  }

  private static List<ResourceRecord> records(Cursor in, int count) {
    List<ResourceRecord> records = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String name = in.name();
      int type = in.u16();
      int dnsClass = in.u16();
      long ttl = in.u32();
      if (ttl > Integer.MAX_VALUE) {
        ttl = 0; // RFC 2181 section 8: a TTL with the top bit set counts as 0
      }
      int length = in.u16();
      int start = in.position;
      in.require(length);
      int end = start + length;
      RecordData data = data(in, type, length, end);
      if (in.position != end) {
        throw new DnsFormatException(
            Reason.BAD_RDATA, "type " + type + " RDATA at " + start + " does not fill " + length);
      }
      records.add(new ResourceRecord(name, type, dnsClass, ttl, data));
    }
    return records;
  }

  private static RecordData data(Cursor in, int type, int length, int end) {
    switch (type) {
      case RecordData.TYPE_A:
        return new RecordData.A((Inet4Address) address(in, length, 4));
      case RecordData.TYPE_AAAA:
        return new RecordData.Aaaa((Inet6Address) address(in, length, 16));
      case RecordData.TYPE_CNAME:
        return new RecordData.Cname(in.name());
      case RecordData.TYPE_MX:
        return new RecordData.Mx(in.u16(), in.name());
      case RecordData.TYPE_TXT:
        List<String> strings = new ArrayList<>();
        while (in.position < end) {
          int size = in.u8();
          if (in.position + size > end) {
            throw new DnsFormatException(
                Reason.BAD_RDATA, "TXT string at " + in.position + " runs past its RDATA");
          }
          strings.add(new String(in.bytes(size), StandardCharsets.ISO_8859_1));
        }
        return new RecordData.Txt(strings);
      default:
        return new RecordData.Unknown(in.bytes(length));
    }
  }

  private static InetAddress address(Cursor in, int length, int expected) {
    if (length != expected) {
      throw new DnsFormatException(
          Reason.BAD_RDATA, "an address of " + length + " octets, expected " + expected);
    }
    try {
      return InetAddress.getByAddress(in.bytes(expected));
    } catch (UnknownHostException impossible) {
      throw new AssertionError(impossible);
    }
  }

  /**
   * The records of {@code type} for {@code name} in the answers of {@code response}, following
   * CNAME records from {@code name} first; names compare without regard to ASCII case.
   */
  public static List<ResourceRecord> answersFor(DnsMessage response, String name, int type) {
    String current = absolute(name);
    Set<String> seen = new HashSet<>();
    while (seen.add(lower(current))) {
      List<ResourceRecord> found = new ArrayList<>();
      String alias = null;
      for (ResourceRecord record : response.answers()) {
        if (!record.name().equals(current)) {
          continue;
        }
        if (record.type() == type) {
          found.add(record);
        } else if (record.data() instanceof RecordData.Cname) {
          alias = ((RecordData.Cname) record.data()).target();
        }
      }
      if (!found.isEmpty() || alias == null) {
        return List.copyOf(found);
      }
      current = alias;
    }
    return List.of();
  }

  private static String absolute(String name) {
    return name.endsWith(".") ? name : name + ".";
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  /** A read position over the packet; every read checks that its octets are there. */
  private static final class Cursor {
    private final byte[] packet;
    private int position;

    Cursor(byte[] packet) {
      this.packet = packet;
    }

    void require(int count) {
      if (position + count > packet.length) {
        throw new DnsFormatException(
            Reason.TRUNCATED,
            "needed "
                + count
                + " octets at "
                + position
                + " of a "
                + packet.length
                + "-octet packet");
      }
    }

    int u8() {
      require(1);
      return packet[position++] & 0xFF;
    }

    int u16() {
      return (u8() << 8) | u8();
    }

    long u32() {
      return ((long) u16() << 16) | u16();
    }

    byte[] bytes(int count) {
      require(count);
      byte[] out = new byte[count];
      System.arraycopy(packet, position, out, 0, count);
      position += count;
      return out;
    }

    /** Reads a name at the cursor, following compression pointers without moving past them. */
    String name() {
      StringBuilder name = new StringBuilder();
      int wireLength = 1;
      int at = position;
      int resume = -1;
      // Every pointer must point before the labels it ends, so each jump goes further back.
      int segmentStart = position;
      while (true) {
        if (at >= packet.length) {
          throw new DnsFormatException(Reason.TRUNCATED, "name runs past the end at " + at);
        }
        int length = packet[at] & 0xFF;
        if ((length & 0xC0) == 0xC0) {
          if (at + 1 >= packet.length) {
            throw new DnsFormatException(Reason.TRUNCATED, "half a pointer at " + at);
          }
          int target = ((length & 0x3F) << 8) | (packet[at + 1] & 0xFF);
          if (target >= packet.length) {
            throw new DnsFormatException(
                Reason.POINTER_OUT_OF_RANGE, "pointer at " + at + " to " + target);
          }
          if (target >= segmentStart) {
            throw new DnsFormatException(
                Reason.POINTER_LOOP,
                "pointer at " + at + " to " + target + " is not before " + segmentStart);
          }
          if (resume < 0) {
            resume = at + 2;
          }
          at = target;
          segmentStart = target;
        } else if ((length & 0xC0) != 0) {
          throw new DnsFormatException(
              Reason.BAD_LABEL_TYPE, "label length octet " + length + " at " + at);
        } else if (length == 0) {
          position = resume < 0 ? at + 1 : resume;
          return name.length() == 0 ? "." : name.toString();
        } else {
          wireLength += 1 + length;
          if (wireLength > MAX_NAME) {
            throw new DnsFormatException(Reason.NAME_TOO_LONG, "name at " + position);
          }
          if (at + 1 + length > packet.length) {
            throw new DnsFormatException(Reason.TRUNCATED, "label at " + at + " runs past the end");
          }
          name.append(new String(packet, at + 1, length, StandardCharsets.ISO_8859_1)).append('.');
          at += 1 + length;
        }
      }
    }
  }
}
