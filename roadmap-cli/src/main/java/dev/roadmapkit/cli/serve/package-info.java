/**
 * {@code ./roadmap serve}: the roadmap as a page on a loopback port that follows the learner's
 * progress live ({@link dev.roadmapkit.cli.serve.RoadmapServer}).
 */
package dev.roadmapkit.cli.serve;
