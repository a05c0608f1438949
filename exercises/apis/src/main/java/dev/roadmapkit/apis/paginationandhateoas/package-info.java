/**
 * Exercise {@code apis/pagination-and-hateoas}: a collection of orders served page by page with
 * opaque cursors and HAL links a client follows to the end, stable while other clients insert.
 */
package dev.roadmapkit.apis.paginationandhateoas;
