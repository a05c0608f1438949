/**
 * Exercise {@code web-security/security-headers}: build the response headers that switch on the
 * browser's defences (a nonce-based Content-Security-Policy with frame-ancestors, HSTS, nosniff),
 * and parse them back to check a response.
 */
package dev.roadmapkit.websecurity.securityheaders;
