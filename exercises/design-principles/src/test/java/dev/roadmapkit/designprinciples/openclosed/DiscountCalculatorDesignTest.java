package dev.roadmapkit.designprinciples.openclosed;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.InstanceofCheck;
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

  static final ArchRule calculatorNamesNoPromotion =
      noClasses()
          .that()
          .haveSimpleName("DiscountCalculator")
          .should(testTheTypeOfARule())
          .as("DiscountCalculator should not test which kind of DiscountRule it holds (instanceof)")
          .because(
              "open-closed: an if/else chain over the kinds of rule is the same knowledge in"
                  + " another place, and a new promotion would mean editing it again. Call"
                  + " rule.discountCents(order) on every rule alike");

  @ArchTest
  static void calculatorKnowsNoPromotion(JavaClasses classes) {
    calculatorKnowsNoPromotion.check(classes);
    calculatorNamesNoPromotion.check(classes);
  }

  private static ArchCondition<JavaClass> testTheTypeOfARule() {
    return new ArchCondition<>("test the type of a DiscountRule") {
      @Override
      public void check(JavaClass calculator, ConditionEvents events) {
        for (InstanceofCheck check : calculator.getInstanceofChecks()) {
          if (check.getRawType().isAssignableTo(DiscountRule.class)) {
            events.add(
                SimpleConditionEvent.satisfied(
                    check,
                    calculator.getSimpleName()
                        + " tests instanceof "
                        + check.getRawType().getSimpleName()
                        + " in "
                        + check.getSourceCodeLocation()));
          }
        }
      }
    };
  }
}
