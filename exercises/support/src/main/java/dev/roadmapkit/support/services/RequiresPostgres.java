package dev.roadmapkit.support.services;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test (method or class) that needs what only a real PostgreSQL does, such as isolation
 * levels or its {@code EXPLAIN} output. On the embedded H2 default it is skipped with a message
 * saying how to run it, or fails when {@code ROADMAP_REQUIRE_SERVICES=true}.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresPostgres {
  /** Why H2 is not enough, in the learner's words: shown in the skip message. */
  String value() default "it relies on PostgreSQL's own semantics";
}
