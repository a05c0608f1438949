/**
 * Exercise {@code web-security/path-traversal-and-ssrf}: resolve user-supplied paths under a base
 * directory without escaping it, and classify outbound URLs so that requests to loopback, private
 * and link-local addresses are refused (literal addresses only: no network, no DNS).
 */
package dev.roadmapkit.websecurity.pathtraversalandssrf;
