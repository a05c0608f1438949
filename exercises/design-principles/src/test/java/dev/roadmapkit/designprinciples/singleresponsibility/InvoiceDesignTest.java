package dev.roadmapkit.designprinciples.singleresponsibility;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;

/**
 * The design tests: each rule is one sentence of the target design. A violation names the class,
 * the member and the line that breaks it.
 *
 * <p>Each rule is a constant that reads as a sentence, checked by the {@code @ArchTest} method of
 * the same name.
 */
@AnalyzeClasses(
    packages = "dev.roadmapkit.designprinciples.singleresponsibility",
    importOptions = ImportOption.DoNotIncludeTests.class)
class InvoiceDesignTest {

  private static final String ONE_REASON =
      "a class should have one reason to change (single responsibility). ";

  static final ArchRule onlyOrderLineParserParsesOrderLines =
      noClasses()
          .that()
          .doNotHaveSimpleName("OrderLineParser")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("java.util.regex")
          .as("only OrderLineParser should use java.util.regex to read order lines")
          .because(
              ONE_REASON
                  + "When the shops change their line format, only the parser should change."
                  + " Move the Pattern and the parsing loop into a class OrderLineParser");

  @ArchTest
  static void onlyOrderLineParserParsesOrderLines(JavaClasses classes) {
    onlyOrderLineParserParsesOrderLines.check(classes);
  }

  static final ArchRule onlyPriceCalculatorRoundsMoney =
      noClasses()
          .that()
          .doNotHaveSimpleName("PriceCalculator")
          .should()
          .dependOnClassesThat()
          .belongToAnyOf(RoundingMode.class, MathContext.class)
          .as("only PriceCalculator should round money (java.math.RoundingMode)")
          .because(
              ONE_REASON
                  + "A new VAT rate or rounding rule should change the calculator and nothing"
                  + " else. Move line totals, subtotal, VAT and total into a class PriceCalculator");

  @ArchTest
  static void onlyPriceCalculatorRoundsMoney(JavaClasses classes) {
    onlyPriceCalculatorRoundsMoney.check(classes);
  }

  static final ArchRule onlyInvoiceFormatterLaysOutText =
      noClasses()
          .that()
          .doNotHaveSimpleName("InvoiceFormatter")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("java.text")
          .as("only InvoiceFormatter should use java.text to lay out the invoice")
          .because(
              ONE_REASON
                  + "A new layout should change the formatter and nothing else. Move the"
                  + " DecimalFormat and the text building into a class InvoiceFormatter");

  @ArchTest
  static void onlyInvoiceFormatterLaysOutText(JavaClasses classes) {
    onlyInvoiceFormatterLaysOutText.check(classes);
  }

  static final ArchRule onlyInvoiceArchiveTouchesFiles =
      noClasses()
          .that()
          .doNotHaveSimpleName("InvoiceArchive")
          .should()
          .dependOnClassesThat()
          .belongToAnyOf(Files.class)
          .as("only InvoiceArchive should use java.nio.file.Files to store invoices")
          .because(
              ONE_REASON
                  + "Moving invoices from files to a database should replace the archive and"
                  + " nothing else. Move writing and reading the files into a class"
                  + " InvoiceArchive");

  @ArchTest
  static void onlyInvoiceArchiveTouchesFiles(JavaClasses classes) {
    onlyInvoiceArchiveTouchesFiles.check(classes);
  }

  static final ArchRule invoiceServiceOnlyCoordinates =
      classes()
          .that()
          .haveSimpleName("InvoiceService")
          .should(use("OrderLineParser"))
          .andShould(use("PriceCalculator"))
          .andShould(use("InvoiceFormatter"))
          .andShould(use("InvoiceArchive"))
          .as(
              "InvoiceService should coordinate OrderLineParser, PriceCalculator,"
                  + " InvoiceFormatter and InvoiceArchive")
          .because(
              "after the split, InvoiceService keeps only the order of the steps: parse, price,"
                  + " format, store. Create each class in this package and call it from"
                  + " InvoiceService");

  @ArchTest
  static void invoiceServiceOnlyCoordinates(JavaClasses classes) {
    invoiceServiceOnlyCoordinates.check(classes);
  }

  /** The class depends on a class of its own package with this simple name. */
  private static ArchCondition<JavaClass> use(String collaborator) {
    return new ArchCondition<>("use " + collaborator) {
      @Override
      public void check(JavaClass service, ConditionEvents events) {
        boolean uses =
            service.getDirectDependenciesFromSelf().stream()
                .map(dependency -> dependency.getTargetClass())
                .anyMatch(
                    target ->
                        target.getSimpleName().equals(collaborator)
                            && target.getPackageName().equals(service.getPackageName()));
        if (!uses) {
          events.add(
              SimpleConditionEvent.violated(
                  service,
                  service.getSimpleName()
                      + " does not use a class "
                      + collaborator
                      + " of its package: create "
                      + collaborator
                      + " and let "
                      + service.getSimpleName()
                      + " call it"));
        }
      }
    };
  }
}
