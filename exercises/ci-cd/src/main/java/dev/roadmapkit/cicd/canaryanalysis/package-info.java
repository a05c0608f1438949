/**
 * Exercise {@code ci-cd/canary-analysis}: promote a canary, roll it back or wait, from its error
 * rate and latency against the baseline's, with minimum sample sizes and a time window.
 */
package dev.roadmapkit.cicd.canaryanalysis;
