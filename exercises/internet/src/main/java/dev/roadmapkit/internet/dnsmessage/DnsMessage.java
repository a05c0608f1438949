package dev.roadmapkit.internet.dnsmessage;

import java.util.List;

/**
 * Given: a decoded DNS message. QDCOUNT, ANCOUNT, NSCOUNT and ARCOUNT are the sizes of the four
 * lists.
 *
 * @param header the header
 * @param questions the question section
 * @param answers the answer section
 * @param authorities the authority section
 * @param additionals the additional section
 */
public record DnsMessage(
    DnsHeader header,
    List<Question> questions,
    List<ResourceRecord> answers,
    List<ResourceRecord> authorities,
    List<ResourceRecord> additionals) {

  /** Keeps unmodifiable copies of the sections. */
  public DnsMessage {
    questions = List.copyOf(questions);
    answers = List.copyOf(answers);
    authorities = List.copyOf(authorities);
    additionals = List.copyOf(additionals);
  }
}
