package dev.roadmapkit.designprinciples.liskovsubstitution;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The fixed hierarchy: every kind of location implements the interface itself.
 *
 * <p>Each rule is a constant that reads as a sentence, checked by the {@code @ArchTest} method of
 * the same name.
 */
@AnalyzeClasses(
    packages = "dev.roadmapkit.designprinciples.liskovsubstitution",
    importOptions = ImportOption.DoNotIncludeTests.class)
class LocationHierarchyTest {

  static final ArchRule noLocationExtendsAnotherLocation =
      classes()
          .that()
          .implement(Location.class)
          .should(notExtendAnotherLocation())
          .as("no Location implementation should extend another Location implementation")
          .because(
              "a subclass that adds a value to a class with equals cannot keep the equals"
                  + " contract (Liskov substitution). Prefer composition: the class holds the"
                  + " other location and implements Location itself");

  @ArchTest
  static void noLocationExtendsAnotherLocation(JavaClasses classes) {
    noLocationExtendsAnotherLocation.check(classes);
  }

  private static ArchCondition<JavaClass> notExtendAnotherLocation() {
    return new ArchCondition<>("not extend another Location") {
      @Override
      public void check(JavaClass location, ConditionEvents events) {
        location
            .getRawSuperclass()
            .filter(parent -> parent.isAssignableTo(Location.class))
            .ifPresent(
                parent ->
                    events.add(
                        SimpleConditionEvent.violated(
                            location,
                            location.getSimpleName()
                                + " extends "
                                + parent.getSimpleName()
                                + ", which is a Location too: let "
                                + location.getSimpleName()
                                + " hold a "
                                + parent.getSimpleName()
                                + " (or its values) and implement Location itself")));
      }
    };
  }
}
