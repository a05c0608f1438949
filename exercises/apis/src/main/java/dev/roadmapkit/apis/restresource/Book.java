package dev.roadmapkit.apis.restresource;

/**
 * A book as the API stores and returns it: {@code {"id":1,"isbn":"9780134685991",
 * "title":"Effective Java","author":"Joshua Bloch"}}. Given; not part of the exercise.
 */
public record Book(long id, String isbn, String title, String author) {}
