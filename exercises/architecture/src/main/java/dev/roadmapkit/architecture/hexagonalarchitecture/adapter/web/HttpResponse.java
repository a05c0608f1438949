package dev.roadmapkit.architecture.hexagonalarchitecture.adapter.web;

/**
 * An HTTP response.
 *
 * @param status the status code
 * @param body the body text
 */
public record HttpResponse(int status, String body) {}
