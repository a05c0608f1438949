/**
 * Grading of learner-written tests (the catalog's {@code write-tests} kind): the learner's test
 * classes are compiled from their sources, run against the correct code, where every test must
 * pass, and against buggy variants of it, each loaded in a class loader of its own, where some test
 * must fail. Tests that cannot fail (no assertion, or an assertion error swallowed) count for no
 * bug. Start at {@link dev.roadmapkit.support.grading.WriteTestsGrader}.
 */
package dev.roadmapkit.support.grading;
