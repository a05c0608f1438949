package dev.roadmapkit.apis.openapicontract;

/**
 * A stored task.
 *
 * @param id its id, 1 for the first task created, then 2, 3, ...
 * @param title what to do
 * @param priority 1 (highest) to 5
 * @param done whether it is done; a new task is not
 */
public record Task(long id, String title, int priority, boolean done) {}
