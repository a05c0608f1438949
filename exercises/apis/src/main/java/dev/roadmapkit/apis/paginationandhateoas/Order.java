package dev.roadmapkit.apis.paginationandhateoas;

/**
 * An order as the API returns it: {@code {"id":42,"customer":"ada","cents":1250}}. Given. Ids are
 * chosen by whoever stores the order (imported from another system), unique, and not in insertion
 * order: a new order may sort before or after the ones already there.
 */
public record Order(long id, String customer, long cents) {}
