package dev.roadmapkit.designprinciples.dryandkiss;

/** An invitation from one user to another. Given. */
public record Invitation(EmailAddress invitedBy, EmailAddress invitee) {}
