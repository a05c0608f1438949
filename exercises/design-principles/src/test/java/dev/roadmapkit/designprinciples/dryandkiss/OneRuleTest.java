package dev.roadmapkit.designprinciples.dryandkiss;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Locale;

/**
 * The knowledge of what an address is lives in one class.
 *
 * <p>Each rule is a constant that reads as a sentence, checked by the {@code @ArchTest} method of
 * the same name.
 */
@AnalyzeClasses(
    packages = "dev.roadmapkit.designprinciples.dryandkiss",
    importOptions = ImportOption.DoNotIncludeTests.class)
class OneRuleTest {

  static final ArchRule onlyEmailAddressParsesAddresses =
      noClasses()
          .that()
          .doNotHaveSimpleName("EmailAddress")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("java.util.regex")
          .orShould()
          .callMethod(String.class, "indexOf", int.class)
          .orShould()
          .callMethod(String.class, "charAt", int.class)
          .orShould()
          .callMethod(String.class, "trim")
          .orShould()
          .callMethod(String.class, "toLowerCase", Locale.class)
          .orShould()
          .callMethod(String.class, "toLowerCase")
          .as(
              "no class but EmailAddress should take email text apart (java.util.regex, indexOf,"
                  + " charAt, trim, toLowerCase)")
          .because(
              "DRY: every piece of knowledge has one authoritative place. Three copies of the"
                  + " address rule have already drifted apart; keep the rule in EmailAddress and"
                  + " let the services construct one");

  @ArchTest
  static void onlyEmailAddressParsesAddresses(JavaClasses classes) {
    onlyEmailAddressParsesAddresses.check(classes);
  }
}
