package dev.roadmapkit.architecture.hexagonalarchitecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The hexagon, as rules: every dependency points inwards.
 *
 * <p>Each rule is a constant that reads as a sentence, checked by the {@code @ArchTest} method of
 * the same name.
 */
@AnalyzeClasses(
    packages = "dev.roadmapkit.architecture.hexagonalarchitecture",
    importOptions = ImportOption.DoNotIncludeTests.class)
class HexagonRulesTest {

  static final ArchRule dependenciesPointInwards =
      onionArchitecture()
          .domainModels("..hexagonalarchitecture.domain.model..")
          .domainServices("..hexagonalarchitecture.domain.service..")
          .applicationServices("..hexagonalarchitecture.application..")
          .adapter("web", "..hexagonalarchitecture.adapter.web..")
          .adapter("persistence", "..hexagonalarchitecture.adapter.persistence..")
          .because(
              "in a hexagon the domain is in the middle, the application around it and the"
                  + " adapters at the edge; a dependency may only point inwards, and adapters do"
                  + " not know each other");

  @ArchTest
  static void dependenciesPointInwards(JavaClasses classes) {
    dependenciesPointInwards.check(classes);
  }

  static final ArchRule domainKnowsNothingOutside =
      classes()
          .that()
          .resideInAPackage("..hexagonalarchitecture.domain..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("..hexagonalarchitecture.domain..", "java..")
          .as("the domain should depend only on itself and the JDK")
          .because(
              "a persistence annotation on a domain class ties the domain to one adapter: mapping"
                  + " belongs in the persistence adapter");

  @ArchTest
  static void domainKnowsNothingOutside(JavaClasses classes) {
    domainKnowsNothingOutside.check(classes);
  }

  static final ArchRule applicationKnowsNoAdapter =
      noClasses()
          .that()
          .resideInAPackage("..hexagonalarchitecture.application..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..hexagonalarchitecture.adapter..")
          .as("the application should not depend on any adapter")
          .because(
              "a use case that throws the web adapter's HttpError cannot run behind a queue or a"
                  + " batch job. Throw the domain's exceptions and let each adapter map them");

  @ArchTest
  static void applicationKnowsNoAdapter(JavaClasses classes) {
    applicationKnowsNoAdapter.check(classes);
  }
}
