package dev.roadmapkit.internet.dnsmessage;

/**
 * Given: an entry of the question section (RFC 1035 section 4.1.2).
 *
 * @param name the name asked about, absolute, with its trailing dot ({@code example.com.}; the root
 *     is {@code .}), with the case it has on the wire
 * @param type the QTYPE, such as {@link RecordData#TYPE_A}
 * @param dnsClass the QCLASS, 1 for the Internet
 */
public record Question(String name, int type, int dnsClass) {}
