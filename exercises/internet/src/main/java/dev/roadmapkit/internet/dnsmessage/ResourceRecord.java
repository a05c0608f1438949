package dev.roadmapkit.internet.dnsmessage;

/**
 * Given: a resource record of the answer, authority or additional section (RFC 1035 section 4.1.3).
 *
 * @param name the owner name, absolute, with its trailing dot and its case on the wire
 * @param type the TYPE, such as {@link RecordData#TYPE_A}
 * @param dnsClass the CLASS, 1 for the Internet
 * @param ttl seconds the record may be cached, 0 to 2147483647: the field is an unsigned 32-bit
 *     number, and a value with its top bit set counts as 0 (RFC 2181 section 8)
 * @param data the RDATA, decoded for A, AAAA, CNAME, MX and TXT, raw for other types
 */
public record ResourceRecord(String name, int type, int dnsClass, long ttl, RecordData data) {}
