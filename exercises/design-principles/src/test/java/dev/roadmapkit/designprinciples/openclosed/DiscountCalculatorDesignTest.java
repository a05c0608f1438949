package dev.roadmapkit.designprinciples.openclosed;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The calculator is closed for modification when it knows no promotion itself.
 *
 * <p>Each rule is a constant that reads as a sentence, checked by the {@code @ArchTest} method of
 * the same name.
 */
@AnalyzeClasses(
    packages = "dev.roadmapkit.designprinciples.openclosed",
    importOptions = ImportOption.DoNotIncludeTests.class)
class DiscountCalculatorDesignTest {

  static final ArchRule calculatorKnowsNoPromotion =
      noClasses()
          .that()
          .haveSimpleName("DiscountCalculator")
          .should()
          .callMethod(Order.class, "itemCount")
          .orShould()
          .callMethod(Order.class, "customerYears")
          .orShould()
          .callMethod(Order.class, "couponCode")
          .as(
              "DiscountCalculator should not read itemCount(), customerYears() or couponCode()"
                  + " of an order")
          .because(
              "open-closed: who deserves a discount is each DiscountRule's knowledge. While the"
                  + " calculator reads these fields, every new promotion means editing it. Move"
                  + " each promotion into a class implementing DiscountRule; the calculator only"
                  + " asks its rules and combines their answers");

  @ArchTest
  static void calculatorKnowsNoPromotion(JavaClasses classes) {
    calculatorKnowsNoPromotion.check(classes);
  }
}
