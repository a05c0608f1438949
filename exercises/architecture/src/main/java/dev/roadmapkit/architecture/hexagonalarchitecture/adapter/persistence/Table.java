package dev.roadmapkit.architecture.hexagonalarchitecture.adapter.persistence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The persistence adapter's mapping annotation: the table a class is stored in, like JPA's. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Table {

  /** The table name. */
  String value();
}
