/**
 * Exercise {@code os-fundamentals/tcp-framing}: messages over TCP on loopback as netstrings, with
 * connect and read timeouts, half-close, and messages reassembled from reads of any size.
 */
package dev.roadmapkit.osfundamentals.tcpframing;
