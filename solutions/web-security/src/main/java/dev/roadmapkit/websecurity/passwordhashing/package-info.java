/**
 * Exercise {@code web-security/password-hashing}: PBKDF2-HMAC-SHA-256 with a random salt per hash
 * in a self-describing encoded form, constant-time verification, rehashing when the parameters are
 * outdated, and migration of legacy unsalted hashes at login.
 */
package dev.roadmapkit.websecurity.passwordhashing;
