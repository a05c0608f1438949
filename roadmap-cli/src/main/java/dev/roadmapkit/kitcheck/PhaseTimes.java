package dev.roadmapkit.kitcheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * How long the build's phases took for one module, read from what they wrote: the test time
 * Surefire reports for the starting code and the solution, and the time from the solution's last
 * test report to PIT's report for mutation testing.
 */
public record PhaseTimes(double startingTests, double solutionTests, double mutation) {

  static final PhaseTimes NONE = new PhaseTimes(0, 0, 0);

  PhaseTimes plus(PhaseTimes other) {
    return new PhaseTimes(
        startingTests + other.startingTests,
        solutionTests + other.solutionTests,
        mutation + other.mutation);
  }

  static double suiteSeconds(Path reportsDir) {
    double total = 0;
    if (!Files.isDirectory(reportsDir)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(reportsDir)) {
      for (Path file :
          files.filter(f -> f.getFileName().toString().matches("TEST-.*\\.xml")).toList()) {
        total += suiteTime(file).orElse(0.0);
      }
    } catch (IOException e) {
      return total;
    }
    return total;
  }

  private static Optional<Double> suiteTime(Path report) {
    try (var lines = Files.lines(report)) {
      return lines
          .filter(l -> l.contains("<testsuite"))
          .findFirst()
          .flatMap(
              l -> {
                var matcher = java.util.regex.Pattern.compile("\\btime=\"([0-9.,]+)\"").matcher(l);
                return matcher.find()
                    ? Optional.of(Double.parseDouble(matcher.group(1).replace(",", "")))
                    : Optional.empty();
              });
    } catch (IOException | java.io.UncheckedIOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  static double mutationSeconds(Path solutionTarget) {
    try {
      Path pit = solutionTarget.resolve("pit-reports").resolve("mutations.xml");
      Path reports = solutionTarget.resolve("surefire-reports");
      if (!Files.isRegularFile(pit) || !Files.isDirectory(reports)) {
        return 0;
      }
      FileTime lastTest;
      try (Stream<Path> files = Files.list(reports)) {
        lastTest =
            files.map(PhaseTimes::modified).max(FileTime::compareTo).orElse(FileTime.fromMillis(0));
      }
      long millis = modified(pit).toMillis() - lastTest.toMillis();
      return Math.max(0, millis / 1000.0);
    } catch (IOException | java.io.UncheckedIOException e) {
      return 0;
    }
  }

  private static FileTime modified(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
