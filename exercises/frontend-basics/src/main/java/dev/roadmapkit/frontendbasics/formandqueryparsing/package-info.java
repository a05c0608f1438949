/**
 * Exercise {@code frontend-basics/form-and-query-parsing}: {@code
 * application/x-www-form-urlencoded} bodies and query strings, parsed and serialized as the WHATWG
 * URL standard does.
 */
package dev.roadmapkit.frontendbasics.formandqueryparsing;
