/**
 * What the learner reads: the {@link dev.roadmapkit.cli.output.Terminal} the commands write to,
 * with symbols that fall back to ASCII where the console cannot show Unicode, and the reports of a
 * check (one line per test, the failure message, compile errors like javac's, a verdict).
 */
package dev.roadmapkit.cli.output;
