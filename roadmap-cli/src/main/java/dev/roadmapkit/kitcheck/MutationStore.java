package dev.roadmapkit.kitcheck;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * PIT's reports kept between kit builds. Open-source PIT no longer has an incremental analysis of
 * its own, so the solution modules' build does the part that decides (solutions/pom.xml): before
 * the tests it takes a SHA-256 over every file that can change a module's mutation results (the
 * root, exercises and solutions POMs, the exercise-support sources, the module's exercise and
 * solution trees, the Java version and the service settings), writes it to {@code
 * target/kit-pit/key.txt}, and when a report is kept under that key it copies it into place and
 * skips PIT. After the check this class keeps each module's report under its key, for the next
 * build.
 */
final class MutationStore {

  private MutationStore() {}

  /**
   * Keeps every solution module's PIT report under the key its build computed.
   *
   * @param solutionsDir the kit's {@code solutions/} directory
   * @param storeDir where the reports are kept, such as {@code ~/.cache/roadmap-kit/pit}
   * @return how many modules' reports are kept
   */
  static int keep(Path solutionsDir, Path storeDir) {
    int kept = 0;
    List<Path> modules;
    try (Stream<Path> dirs = Files.list(solutionsDir)) {
      modules = dirs.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      return 0; // the store is an optimisation: the next build analyses again
    }
    for (Path module : modules) {
      Path keyFile = module.resolve("target/kit-pit/key.txt");
      Path report = module.resolve("target/pit-reports/mutations.xml");
      if (!Files.isRegularFile(keyFile) || !Files.isRegularFile(report)) {
        continue;
      }
      try {
        String key = Files.readString(keyFile, StandardCharsets.UTF_8).strip();
        if (!key.matches("[0-9a-f]{64}")) {
          continue;
        }
        Files.createDirectories(storeDir);
        Path temporary = Files.createTempFile(storeDir, key, ".tmp");
        try {
          Files.copy(report, temporary, StandardCopyOption.REPLACE_EXISTING);
          Files.move(
              temporary, storeDir.resolve(key + ".xml"), StandardCopyOption.REPLACE_EXISTING);
        } finally {
          Files.deleteIfExists(temporary);
        }
        kept++;
      } catch (IOException e) {
        // not kept: the next build runs PIT for this module again
      }
    }
    return kept;
  }
}
