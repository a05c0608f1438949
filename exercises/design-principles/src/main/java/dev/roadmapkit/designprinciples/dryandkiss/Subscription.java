package dev.roadmapkit.designprinciples.dryandkiss;

/** A newsletter subscription. Given. */
public record Subscription(EmailAddress email, String newsletter) {}
