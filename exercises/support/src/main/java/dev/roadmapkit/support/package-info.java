/**
 * Test support shared by every exercise module: real services resolved the same way on every
 * machine ({@link dev.roadmapkit.support.services}), a controllable clock ({@link
 * dev.roadmapkit.support.clock}) and the learner-facing test report ({@link
 * dev.roadmapkit.support.report}).
 */
package dev.roadmapkit.support;
