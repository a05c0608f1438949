package dev.roadmapkit.architecture.modularmonolith;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module boundaries of the shop, as rules.
 *
 * <p>Each rule is a constant that reads as a sentence, checked by the {@code @ArchTest} method of
 * the same name.
 */
@AnalyzeClasses(
    packages = "dev.roadmapkit.architecture.modularmonolith",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleRulesTest {

  private static final String ONLY_THE_API =
      "a module is used only through its api package; its internal package may change at any"
          + " time. Call the module's API instead";

  static final ArchRule modulesAreFreeOfCycles =
      slices()
          .matching("..modularmonolith.(*)..")
          .namingSlices("module $1")
          .should()
          .beFreeOfCycles()
          .as("the modules should not depend on each other in a cycle")
          .because(
              "modules in a cycle can only be understood, tested and extracted together: they"
                  + " are one module in disguise");

  @ArchTest
  static void modulesAreFreeOfCycles(JavaClasses classes) {
    modulesAreFreeOfCycles.check(classes);
  }

  static final ArchRule onlyCatalogUsesCatalogInternals = internalsOnlyUsedBy("catalog");

  @ArchTest
  static void onlyCatalogUsesCatalogInternals(JavaClasses classes) {
    onlyCatalogUsesCatalogInternals.check(classes);
  }

  static final ArchRule onlyOrdersUsesOrdersInternals = internalsOnlyUsedBy("orders");

  @ArchTest
  static void onlyOrdersUsesOrdersInternals(JavaClasses classes) {
    onlyOrdersUsesOrdersInternals.check(classes);
  }

  static final ArchRule onlyBillingUsesBillingInternals = internalsOnlyUsedBy("billing");

  @ArchTest
  static void onlyBillingUsesBillingInternals(JavaClasses classes) {
    onlyBillingUsesBillingInternals.check(classes);
  }

  private static ArchRule internalsOnlyUsedBy(String module) {
    return noClasses()
        .that()
        .resideOutsideOfPackage("..modularmonolith." + module + "..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("..modularmonolith." + module + ".internal..")
        .as("no class outside the " + module + " module should use " + module + ".internal")
        .because(ONLY_THE_API);
  }
}
