package dev.roadmapkit.apis.restresource;

/**
 * One invalid field of a request body, as listed in the {@code errors} extension member of a
 * validation problem: {@code {"field":"isbn","reason":"must be 13 digits"}}. Given.
 */
public record InvalidField(String field, String reason) {}
