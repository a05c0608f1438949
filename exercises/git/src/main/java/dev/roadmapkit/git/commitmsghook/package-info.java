/**
 * Exercise {@code git/commit-msg-hook}: a commit message checker that real git runs as its {@code
 * commit-msg} hook, refusing a commit whose message breaks the team's conventions.
 */
package dev.roadmapkit.git.commitmsghook;
