/**
 * Exercise {@code internet/reverse-proxy}: a round-robin reverse proxy on real sockets, with health
 * checks, hop-by-hop headers removed, X-Forwarded-For, 502, 503 and 504.
 */
package dev.roadmapkit.internet.reverseproxy;
