/**
 * Exercise {@code authentication/opaque-tokens}: 256-bit random bearer tokens of which only a
 * SHA-256 hash is stored, with expiry on an injected clock and revocation.
 */
package dev.roadmapkit.authentication.opaquetokens;
