package dev.roadmapkit.designprinciples.dependencyinversion;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The direction of the dependencies: infrastructure on domain, never domain on infrastructure.
 *
 * <p>Each rule is a constant that reads as a sentence, checked by the {@code @ArchTest} method of
 * the same name.
 */
@AnalyzeClasses(
    packages = "dev.roadmapkit.designprinciples.dependencyinversion",
    importOptions = ImportOption.DoNotIncludeTests.class)
class DependencyRulesTest {

  static final ArchRule domainDoesNotDependOnInfrastructure =
      noClasses()
          .that()
          .resideInAPackage("..dependencyinversion.domain..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..dependencyinversion.infrastructure..")
          .as("no class in domain should depend on a class in infrastructure")
          .because(
              "dependency inversion: the business rules own their ports (UserRepository,"
                  + " WelcomeMailer) and the infrastructure implements them. An arrow from the"
                  + " domain to an adapter means a change of database or mail provider changes"
                  + " business code. Let the adapter keep its port's promise instead");

  @ArchTest
  static void domainDoesNotDependOnInfrastructure(JavaClasses classes) {
    domainDoesNotDependOnInfrastructure.check(classes);
  }

  static final ArchRule domainDependsOnlyOnItselfAndTheJdk =
      classes()
          .that()
          .resideInAPackage("..dependencyinversion.domain..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("..dependencyinversion.domain..", "java..")
          .as("classes in domain should depend only on domain and the JDK")
          .because(
              "the domain is the stable centre: it may use the language and its own ports and"
                  + " values, and nothing that is chosen for technical reasons");

  @ArchTest
  static void domainDependsOnlyOnItselfAndTheJdk(JavaClasses classes) {
    domainDependsOnlyOnItselfAndTheJdk.check(classes);
  }
}
