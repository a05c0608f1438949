/**
 * Exercise {@code web-security/tls}: an HTTPS server on loopback with the JDK TLS stack, and a
 * client that trusts exactly one pinned certificate and refuses an expired, not yet valid, or
 * wrong-host certificate with a clear, typed reason.
 */
package dev.roadmapkit.websecurity.tls;
