package dev.roadmapkit.kitcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A mutation report is split by exercise package")
class MutationReportTest {

  private static MutationReport.Mutant mutant(String type, boolean detected) {
    return new MutationReport.Mutant(type, detected, type + " line 1: negated conditional");
  }

  private static final MutationReport REPORT =
      new MutationReport(
          4,
          2,
          List.of(),
          List.of(
              mutant("dev.roadmapkit.arch.layered.service.TicketService", true),
              mutant("dev.roadmapkit.arch.layered.web.TicketController", false),
              mutant("dev.roadmapkit.arch.layeredish.Other", true),
              mutant("dev.roadmapkit.arch.hexagonal.Loan", false)));

  @Test
  @DisplayName("an exercise's part holds the mutants of its package and of its subpackages")
  void subpackagesBelongToTheExercise() {
    MutationReport layered = REPORT.ofPackage("dev.roadmapkit.arch.layered");

    assertThat(layered.total()).isEqualTo(2);
    assertThat(layered.detected()).isEqualTo(1);
    assertThat(layered.survivors())
        .containsExactly(
            "dev.roadmapkit.arch.layered.web.TicketController line 1: negated" + " conditional");
  }

  @Test
  @DisplayName("a package whose name only starts like the exercise's belongs to another one")
  void namePrefixIsNotAPackage() {
    assertThat(REPORT.ofPackage("dev.roadmapkit.arch.layeredish").total()).isEqualTo(1);
    assertThat(REPORT.ofPackage("dev.roadmapkit.arch.hexagonal").detected()).isZero();
    assertThat(REPORT.ofPackage("dev.roadmapkit.arch.none").total()).isZero();
  }
}
