package dev.roadmapkit.designprinciples.interfacesegregation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import java.util.TreeSet;

/**
 * Clients depend only on methods they use.
 *
 * <p>Each rule is a constant that reads as a sentence, checked by the {@code @ArchTest} method of
 * the same name.
 */
@AnalyzeClasses(
    packages = "dev.roadmapkit.designprinciples.interfacesegregation",
    importOptions = ImportOption.DoNotIncludeTests.class)
class StoreClientsTest {

  static final ArchRule clientsUseEveryMethodOfTheirInterfaces =
      classes()
          .that()
          .areNotInterfaces()
          .should(useEveryMethodOfTheInterfacesTheyHold())
          .as("every class should call every method of the interfaces it holds in its fields")
          .because(
              "clients should not be forced to depend on methods they do not use (interface"
                  + " segregation): a client that holds a fat interface is touched by every"
                  + " change to it. Give each client the smallest role interface it needs");

  @ArchTest
  static void clientsUseEveryMethodOfTheirInterfaces(JavaClasses classes) {
    clientsUseEveryMethodOfTheirInterfaces.check(classes);
  }

  private static ArchCondition<JavaClass> useEveryMethodOfTheInterfacesTheyHold() {
    return new ArchCondition<>("call every method of the interfaces they hold") {
      @Override
      public void check(JavaClass client, ConditionEvents events) {
        for (JavaField field : client.getFields()) {
          JavaClass held = field.getRawType();
          if (!held.isInterface() || !held.getPackageName().equals(client.getPackageName())) {
            continue;
          }
          Set<String> unused = new TreeSet<>();
          for (JavaMethod method : held.getAllMethods()) {
            if (method.getOwner().isInterface()
                && method.getOwner().getPackageName().equals(held.getPackageName())
                && !calls(client, held, method.getName())) {
              unused.add(method.getName() + "()");
            }
          }
          if (!unused.isEmpty()) {
            events.add(
                SimpleConditionEvent.violated(
                    client,
                    client.getSimpleName()
                        + " holds a "
                        + held.getSimpleName()
                        + " (field "
                        + field.getName()
                        + ") but never calls "
                        + String.join(", ", unused)
                        + ": give it an interface with only the methods it calls"));
          }
        }
      }
    };
  }

  /** Whether {@code client} calls a method named {@code name} on {@code held} or a supertype. */
  private static boolean calls(JavaClass client, JavaClass held, String name) {
    for (JavaMethodCall call : client.getMethodCallsFromSelf()) {
      if (call.getName().equals(name) && held.isAssignableTo(call.getTargetOwner().getName())) {
        return true;
      }
    }
    return false;
  }
}
