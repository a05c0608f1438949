/**
 * Exercise {@code frontend-basics/cors-preflight}: answer CORS preflight requests and decorate
 * actual responses from a {@link dev.roadmapkit.frontendbasics.corspreflight.CorsPolicy}, as the
 * Fetch standard's CORS protocol specifies.
 */
package dev.roadmapkit.frontendbasics.corspreflight;
