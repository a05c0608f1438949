/**
 * The one test runner of the CLI, shared by {@code check}, {@code watch}, {@code status} and {@code
 * dev check}: it compiles the learner's sources in memory with {@code javax.tools}, loads them with
 * the module's compiled tests in a fresh class loader over the module's test class path (which the
 * build writes to {@code target/test-classpath.txt}), and runs the tests with the JUnit Platform
 * Launcher of that class path.
 *
 * <p>A {@link dev.roadmapkit.cli.runner.TestRunner} keeps, per module, the class loader of the test
 * frameworks and the compiler's file manager, so a re-check in a long-lived runner (as in {@code
 * watch}) finds them loaded and compiled by the JIT: only the learner's classes and the tests are
 * loaded afresh. When a module's tests or class path are missing or older than their sources, the
 * runner asks a {@link dev.roadmapkit.cli.runner.ModuleBuilder} to build them.
 */
package dev.roadmapkit.cli.runner;
