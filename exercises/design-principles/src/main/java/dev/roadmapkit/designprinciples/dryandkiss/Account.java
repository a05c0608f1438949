package dev.roadmapkit.designprinciples.dryandkiss;

/** A registered account. Given. */
public record Account(EmailAddress email, String name) {}
