package dev.roadmapkit.frontendbasics.formandqueryparsing;

import java.util.Objects;

/** One name/value pair of a form body or query string, in the order it was written. */
public record FormField(String name, String value) {

  /** Checks that neither part is null; empty strings are fine. */
  public FormField {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }
}
