package dev.roadmapkit.architecture.layeredarchitecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers of the ticket app, as rules.
 *
 * <p>Each rule is a constant that reads as a sentence, checked by the {@code @ArchTest} method of
 * the same name.
 */
@AnalyzeClasses(
    packages = "dev.roadmapkit.architecture.layeredarchitecture",
    importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {

  static final ArchRule layersUseOnlyTheLayerBelow =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("Web")
          .definedBy("..layeredarchitecture.web..")
          .layer("Service")
          .definedBy("..layeredarchitecture.service..")
          .layer("Persistence")
          .definedBy("..layeredarchitecture.persistence..")
          .layer("Model")
          .definedBy("..layeredarchitecture.model..")
          .whereLayer("Web")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("Service")
          .mayOnlyBeAccessedByLayers("Web")
          .whereLayer("Persistence")
          .mayOnlyBeAccessedByLayers("Service")
          .whereLayer("Model")
          .mayNotAccessAnyLayer()
          .because(
              "each layer may use only the layer below it and the shared model; that is what lets"
                  + " you replace the web framework or the database one layer at a time");

  @ArchTest
  static void layersUseOnlyTheLayerBelow(JavaClasses classes) {
    layersUseOnlyTheLayerBelow.check(classes);
  }

  static final ArchRule webDoesNotSkipTheServiceLayer =
      noClasses()
          .that()
          .resideInAPackage("..layeredarchitecture.web..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..layeredarchitecture.persistence..")
          .as("the web layer should not depend on the persistence layer")
          .because(
              "skipping the service layer couples the web layer to how tickets are stored. Let"
                  + " the service translate persistence failures into its own exceptions");

  @ArchTest
  static void webDoesNotSkipTheServiceLayer(JavaClasses classes) {
    webDoesNotSkipTheServiceLayer.check(classes);
  }

  static final ArchRule persistenceDoesNotCallUpwards =
      noClasses()
          .that()
          .resideInAPackage("..layeredarchitecture.persistence..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..layeredarchitecture.service..", "..layeredarchitecture.web..")
          .as("the persistence layer should not depend on the service or web layer")
          .because(
              "a lower layer that calls upwards creates a cycle: neither layer can change alone."
                  + " Business rules such as title checks belong in the service layer");

  @ArchTest
  static void persistenceDoesNotCallUpwards(JavaClasses classes) {
    persistenceDoesNotCallUpwards.check(classes);
  }
}
