package dev.roadmapkit.internet.dnsmessage;

/**
 * Given: the fixed 12-octet header of a DNS message (RFC 1035 section 4.1.1), without its four
 * counts, which are the sizes of the sections of {@link DnsMessage}.
 *
 * @param id the 16-bit identifier a response copies from its query, 0 to 65535
 * @param response the QR bit: false for a query, true for a response
 * @param opcode the 4-bit kind of query, 0 for a standard query
 * @param authoritative the AA bit
 * @param truncated the TC bit: the response did not fit and should be asked again over TCP
 * @param recursionDesired the RD bit
 * @param recursionAvailable the RA bit
 * @param rcode the 4-bit response code: 0 no error, 2 server failure, 3 name error (NXDOMAIN)
 */
public record DnsHeader(
    int id,
    boolean response,
    int opcode,
    boolean authoritative,
    boolean truncated,
    boolean recursionDesired,
    boolean recursionAvailable,
    int rcode) {}
