package dev.roadmapkit.apis.restresource;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem details object. Serialized with Jackson it is {@code {"type":...,
 * "title":...,"status":...,"detail":...,"instance":...}} plus, when {@code errors} is not empty,
 * the extension member {@code "errors":[{"field":...,"reason":...}]}. Given: choosing the values
 * and the response that carries it is the exercise.
 *
 * @param type a URI naming the kind of problem ({@code about:blank} when it is just the status)
 * @param title a short summary of that kind of problem, the same for every occurrence
 * @param status the HTTP status code of the response that carries it
 * @param detail an explanation of this occurrence
 * @param instance the path of the request this occurrence is about
 * @param errors the invalid fields (extension member), empty for other problems
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<InvalidField> errors) {

  /** A problem without an {@code errors} member. */
  public Problem(String type, String title, int status, String detail, String instance) {
    this(type, title, status, detail, instance, List.of());
  }

  /** Copies the list. */
  public Problem {
    errors = List.copyOf(errors);
  }
}
