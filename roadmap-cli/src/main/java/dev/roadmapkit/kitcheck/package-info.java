/**
 * The kit check: proves DESIGN.md's invariants for every exercise module from what the kit build
 * left behind. Solutions pass every test; starting code fails every test but the guards; every test
 * that exists ran; starting code and solution expose the same API; the catalogs are consistent with
 * the roadmap; the mutation score reaches the bar. It ends with one summary line.
 */
package dev.roadmapkit.kitcheck;
