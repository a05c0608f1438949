package dev.roadmapkit.apis.paginationandhateoas;

/**
 * An RFC 9457 problem details object: {@code {"type":...,"title":...,"status":...,"detail":...,
 * "instance":...}} when written with Jackson. Given.
 */
public record Problem(String type, String title, int status, String detail, String instance) {}
