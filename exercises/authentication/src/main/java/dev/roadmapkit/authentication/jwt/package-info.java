/**
 * Exercise {@code authentication/jwt}: sign and verify HS256 JSON Web Tokens by hand with {@code
 * javax.crypto}, checking {@code exp}, {@code nbf}, {@code iss} and {@code aud} with clock skew,
 * and refusing {@code alg: none} and algorithm confusion.
 */
package dev.roadmapkit.authentication.jwt;
