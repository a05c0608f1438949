/**
 * Exercise {@code apis/rest-resource}: a REST resource for books over real HTTP, with the status
 * codes and headers of RFC 9110 and validation errors as RFC 9457 problem details.
 */
package dev.roadmapkit.apis.restresource;
