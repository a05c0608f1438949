/**
 * Exercise {@code apis/conditional-requests}: strong ETags, {@code If-None-Match} (304), {@code
 * If-Match} (412), {@code 428 Precondition Required} and lost updates prevented, on one JSON
 * resource {@code /profiles/{id}} served over real HTTP (RFC 9110 section 13, RFC 6585).
 */
package dev.roadmapkit.apis.conditionalrequests;
