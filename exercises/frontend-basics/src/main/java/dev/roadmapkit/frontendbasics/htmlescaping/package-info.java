/**
 * Exercise {@code frontend-basics/html-escaping}: context-aware output encoding for element text,
 * quoted attribute values and URLs in {@code href}, so injected markup never becomes elements.
 */
package dev.roadmapkit.frontendbasics.htmlescaping;
