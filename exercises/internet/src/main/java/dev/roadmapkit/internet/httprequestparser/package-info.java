/**
 * Exercise {@code internet/http-request-parser}: an incremental HTTP/1.1 request parser (RFC 9112)
 * fed bytes in whatever pieces the network delivers, with limits and typed refusals.
 */
package dev.roadmapkit.internet.httprequestparser;
