/**
 * Exercise {@code internet/dns-message}: encode a DNS query and decode DNS responses as RFC 1035
 * lays them out on the wire, name compression included, refusing malformed packets with a typed
 * error instead of hanging.
 */
package dev.roadmapkit.internet.dnsmessage;
