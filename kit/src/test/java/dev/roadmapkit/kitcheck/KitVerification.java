package dev.roadmapkit.kitcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The kit check of this repository, run by the kit build in the verify phase once every module has
 * been built (see kit/pom.xml). Prints the check's report; fails with its findings.
 */
class KitVerification {

  @Test
  @DisplayName("the kit keeps every invariant of DESIGN.md")
  void kitKeepsItsInvariants() {
    String root = System.getProperty("kit.root");
    assertThat(root).as("system property kit.root (set by kit/pom.xml)").isNotBlank();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        KitCheckMain.run(
            new String[] {
              "--root", root,
              "--mutation-threshold", System.getProperty("kit.mutationThreshold", "85"),
              "--build-start", System.getProperty("kit.buildStart", ""),
              "--cache-dir", System.getProperty("kit.cacheDir", ""),
              "--local-repository", System.getProperty("kit.localRepository", "")
            },
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    String report = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    System.out.println(report);
    String problems =
        report
            .lines()
            .filter(
                line ->
                    line.startsWith("  ") && line.contains(": [") || line.startsWith("kit check:"))
            .reduce("", (all, line) -> all + System.lineSeparator() + line);
    assertThat(status)
        .withFailMessage("the kit is broken (the kit check's report is printed above):%s", problems)
        .isZero();
  }
}
