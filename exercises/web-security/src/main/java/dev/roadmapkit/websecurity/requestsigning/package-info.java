/**
 * Exercise {@code web-security/request-signing}: HMAC-SHA-256 request signatures over a canonical
 * form with a timestamp and a nonce, verified in constant time, with replay protection.
 */
package dev.roadmapkit.websecurity.requestsigning;
