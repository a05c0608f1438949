/**
 * Exercise {@code ci-cd/semantic-release}: the next SemVer version and its changelog, from the
 * Conventional Commits made since the last release tag of a real git repository.
 */
package dev.roadmapkit.cicd.semanticrelease;
