/**
 * Exercise {@code frontend-basics/content-negotiation}: choose the representation of a response
 * from the request's {@code Accept} header, with quality values and specificity, as RFC 9110
 * section 12.5.1 specifies; 406 when nothing fits.
 */
package dev.roadmapkit.frontendbasics.contentnegotiation;
