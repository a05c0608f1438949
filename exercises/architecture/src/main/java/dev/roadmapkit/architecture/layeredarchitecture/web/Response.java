package dev.roadmapkit.architecture.layeredarchitecture.web;

/**
 * An HTTP response.
 *
 * @param status the status code
 * @param body the body text
 */
public record Response(int status, String body) {}
