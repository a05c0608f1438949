package dev.roadmapkit.internet.dnsmessage;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Header;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Message;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.TXTRecord;

/**
 * The test's oracle: dnsjava decodes a packet, and its result is translated into this exercise's
 * types. RDATA of other types is taken from dnsjava's uncompressed wire form, so the oracle is used
 * for such records only where they hold no names.
 */
final class DnsjavaDecoding {

  private DnsjavaDecoding() {}

  static DnsMessage of(byte[] packet) throws IOException {
    Message message = new Message(packet);
    Header h = message.getHeader();
    DnsHeader header =
        new DnsHeader(
            h.getID(),
            h.getFlag(Flags.QR),
            h.getOpcode(),
            h.getFlag(Flags.AA),
            h.getFlag(Flags.TC),
            h.getFlag(Flags.RD),
            h.getFlag(Flags.RA),
            h.getRcode());
    List<Question> questions = new ArrayList<>();
    for (Record r : message.getSection(Section.QUESTION)) {
      questions.add(new Question(r.getName().toString(), r.getType(), r.getDClass()));
    }
    return new DnsMessage(
        header,
        questions,
        records(message, Section.ANSWER, packet),
        records(message, Section.AUTHORITY, packet),
        records(message, Section.ADDITIONAL, packet));
  }

  private static List<ResourceRecord> records(Message message, int section, byte[] packet) {
    List<ResourceRecord> out = new ArrayList<>();
    for (Record r : message.getSection(section)) {
      out.add(
          new ResourceRecord(
              r.getName().toString(), r.getType(), r.getDClass(), r.getTTL(), data(r)));
    }
    return out;
  }

  private static RecordData data(Record r) {
    if (r instanceof ARecord) {
      return new RecordData.A((Inet4Address) ((ARecord) r).getAddress());
    }
    if (r instanceof AAAARecord) {
      return new RecordData.Aaaa((Inet6Address) ((AAAARecord) r).getAddress());
    }
    if (r instanceof CNAMERecord) {
      return new RecordData.Cname(((CNAMERecord) r).getTarget().toString());
    }
    if (r instanceof MXRecord) {
      MXRecord mx = (MXRecord) r;
      return new RecordData.Mx(mx.getPriority(), mx.getTarget().toString());
    }
    if (r instanceof TXTRecord) {
      List<String> strings = new ArrayList<>();
      for (byte[] octets : ((TXTRecord) r).getStringsAsByteArrays()) {
        strings.add(new String(octets, StandardCharsets.ISO_8859_1));
      }
      return new RecordData.Txt(strings);
    }
    return new RecordData.Unknown(r.rdataToWireCanonical());
  }
}
