/**
 * The learner's code against the kit's: which files make up an exercise, a unified line diff of the
 * learner's code and the reference solution ({@code solution}), and the starting code as git has it
 * at {@code HEAD}, restored after a backup of the learner's files ({@code reset}).
 */
package dev.roadmapkit.cli.solution;
