/**
 * The runner's bridge into an exercise module's JUnit Platform. These classes are not used from the
 * CLI's own class loader: the runner defines them afresh in a class loader over the module's test
 * class path, where the JUnit Platform Launcher is, and talks to them only through JDK types (a
 * list of classes, a map of settings, a consumer of event maps). So the CLI itself needs no test
 * framework on its class path, and each module runs the JUnit version it was built with.
 *
 * <p>Everything in this package may use only the JDK and the JUnit Platform Launcher API.
 */
package dev.roadmapkit.cli.runner.platform;
