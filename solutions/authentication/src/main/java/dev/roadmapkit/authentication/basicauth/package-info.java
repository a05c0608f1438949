/**
 * Exercise {@code authentication/basic-auth}: parse and produce RFC 7617 {@code Basic} credentials
 * (UTF-8, colons in passwords), check them in constant time, and answer a failure with 401 and a
 * {@code WWW-Authenticate} challenge.
 */
package dev.roadmapkit.authentication.basicauth;
