package dev.roadmapkit.support.services;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;

/**
 * The JUnit 5 extension behind {@link RealServices}. Before a test runs it checks that the services
 * the test asks for (by its parameters and those of its {@code @BeforeEach} methods and
 * constructor, and by {@link RequiresPostgres}) can be had; if not, it skips the test with a
 * how-to, or fails it when {@code ROADMAP_REQUIRE_SERVICES=true}. Then it resolves the parameters.
 */
public final class RealServicesExtension
    implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(RealServicesExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    Class<?> testClass = context.getRequiredTestClass();
    Set<ServiceKind> needed = EnumSet.noneOf(ServiceKind.class);
    for (Method method :
        AnnotationSupport.findAnnotatedMethods(
            testClass, BeforeAll.class, HierarchyTraversalMode.TOP_DOWN)) {
      collect(method, needed);
    }
    for (Method method :
        AnnotationSupport.findAnnotatedMethods(
            testClass, AfterAll.class, HierarchyTraversalMode.TOP_DOWN)) {
      collect(method, needed);
    }
    ensureAvailable(needed, Optional.empty());
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    Class<?> testClass = context.getRequiredTestClass();
    Method testMethod = context.getRequiredTestMethod();
    Set<ServiceKind> needed = EnumSet.noneOf(ServiceKind.class);
    collect(testMethod, needed);
    for (Constructor<?> constructor : testClass.getDeclaredConstructors()) {
      collect(constructor, needed);
    }
    for (var annotation : new Class<?>[] {BeforeEach.class, AfterEach.class}) {
      @SuppressWarnings("unchecked")
      var type = (Class<? extends java.lang.annotation.Annotation>) annotation;
      for (Method method :
          AnnotationSupport.findAnnotatedMethods(
              testClass, type, HierarchyTraversalMode.TOP_DOWN)) {
        collect(method, needed);
      }
    }
    Optional<RequiresPostgres> requiresPostgres =
        AnnotationSupport.findAnnotation(testMethod, RequiresPostgres.class)
            .or(() -> AnnotationSupport.findAnnotation(testClass, RequiresPostgres.class));
    ensureAvailable(needed, requiresPostgres);
  }

  private static void collect(Executable executable, Set<ServiceKind> needed) {
    for (Parameter parameter : executable.getParameters()) {
      kindOf(parameter.getType()).ifPresent(needed::add);
    }
  }

  private static Optional<ServiceKind> kindOf(Class<?> type) {
    if (type == DataSource.class || type == DatabaseEngine.class) {
      return Optional.of(ServiceKind.POSTGRES);
    }
    if (type == RedisEndpoint.class) {
      return Optional.of(ServiceKind.REDIS);
    }
    if (type == BrokerEndpoint.class) {
      return Optional.of(ServiceKind.BROKER);
    }
    return Optional.empty();
  }

  private static void ensureAvailable(
      Set<ServiceKind> needed, Optional<RequiresPostgres> requiresPostgres) {
    ServiceRegistry registry = ServiceRegistry.shared();
    for (ServiceKind kind : needed) {
      if (registry.plan(kind) instanceof ServicePlan.Unavailable none) {
        unavailable(registry, none.howToEnable());
      }
    }
    if (requiresPostgres.isPresent() && registry.plannedEngine() == DatabaseEngine.H2) {
      unavailable(
          registry,
          "This test runs only on a real PostgreSQL, because "
              + requiresPostgres.get().value()
              + "; H2, used here because the embedded PostgreSQL has no binary for "
              + EmbeddedServers.platform()
              + ", does not reproduce that. "
              + ServiceResolver.howToEnable(ServiceKind.POSTGRES));
    }
  }

  private static void unavailable(ServiceRegistry registry, String message) {
    if (registry.environment().servicesRequired()) {
      Assertions.fail(
          message + " (" + ServiceEnvironment.REQUIRE_SERVICES + "=true, so not skipped)");
    }
    Assumptions.abort(message);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return kindOf(parameter.getParameter().getType()).isPresent();
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    ServiceRegistry registry = ServiceRegistry.shared();
    try {
      if (type == RedisEndpoint.class) {
        return registry.redis();
      }
      if (type == BrokerEndpoint.class) {
        return registry.broker();
      }
      if (type == DatabaseEngine.class) {
        return registry.plannedEngine();
      }
      // One database per test (or per class, for @BeforeAll), shared by all its DataSource
      // parameters, and dropped when that scope ends.
      TestDatabase database =
          context
              .getStore(NAMESPACE)
              .getOrComputeIfAbsent(
                  TestDatabase.class, key -> registry.newDatabase(), TestDatabase.class);
      return database.dataSource();
    } catch (ServiceStartException e) {
      throw new ParameterResolutionException(e.getMessage(), e);
    }
  }
}
