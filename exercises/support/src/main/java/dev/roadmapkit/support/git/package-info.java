/**
 * Real git for the exercises that are about git: a temporary repository driven by the {@code git}
 * on the PATH, in an environment of its own (its own {@code HOME}, no system or global
 * configuration, a fixed author and dates that advance one minute a commit), so that the user's
 * configuration never changes a result and nothing outside the temporary directory is touched.
 *
 * <p>When git is missing a test that needs it is skipped with the way to install it; under {@code
 * ROADMAP_REQUIRE_SERVICES=true} it fails instead. Every command run is counted, and the learner
 * report prints the count, so a CI log shows that the live cross-checks ran.
 */
package dev.roadmapkit.support.git;
