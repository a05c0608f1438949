package dev.roadmapkit.core.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.roadmapkit.core.model.Slug;
import dev.roadmapkit.core.validation.Problem;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A mapping read from a YAML data file, with the path that leads to it, so that every complaint
 * about its fields can say exactly where it is ({@code sections[3].topics[2] (dns)}).
 *
 * <p>Both the roadmap loader and the exercise catalog loader read their files through this class.
 * Every method that finds a defect throws {@link MalformedEntryException}, which carries a {@link
 * Problem}; the loaders turn it into their own typed exception naming the file.
 */
public final class YamlEntry {

  private static final YAMLMapper MAPPER =
      YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private static final String TOP_LEVEL = "top level";

  private final JsonNode node;
  private final String path;
  private final String label;
  private final String context;

  private YamlEntry(JsonNode node, String path, String label, String context) {
    this.node = node;
    this.path = path;
    this.label = label;
    this.context = context;
  }

  /**
   * Parses a YAML document whose top level is a mapping.
   *
   * @param reader the document; not closed
   * @return the top-level entry
   * @throws IOException if reading fails
   * @throws MalformedEntryException if the text is not YAML, is empty, or is not a mapping
   */
  public static YamlEntry parse(Reader reader) throws IOException {
    Objects.requireNonNull(reader, "reader must not be null");
    JsonNode root;
    try {
      root = MAPPER.readTree(reader);
    } catch (JsonProcessingException e) {
      JsonLocation location = e.getLocation();
      String where =
          location == null || location.getLineNr() < 1
              ? TOP_LEVEL
              : "line " + location.getLineNr() + ", column " + location.getColumnNr();
      throw new MalformedEntryException(
          new Problem(where, "malformed YAML: " + oneLine(e.getOriginalMessage())));
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      throw new MalformedEntryException(new Problem(TOP_LEVEL, "the file is empty"));
    }
    if (!root.isObject()) {
      throw new MalformedEntryException(
          new Problem(TOP_LEVEL, "the top level must be a mapping of fields, got " + kind(root)));
    }
    return new YamlEntry(root, "", "", "");
  }

  /**
   * Returns where this entry is: its path, then its label or else the label of the nearest labelled
   * entry it is in, such as {@code sections[3].topics[2] (dns)} or {@code
   * sections[3].topics[2].resources[0] (in dns)}; {@code top level} for the document itself.
   *
   * @return the location
   */
  public String where() {
    String at = path.isEmpty() ? TOP_LEVEL : path;
    if (!label.isEmpty()) {
      return at + " (" + label + ")";
    }
    return context.isEmpty() ? at : at + " (in " + context + ")";
  }

  /**
   * Returns this entry labelled for messages, typically with its id.
   *
   * @param newLabel the label, such as {@code dns}
   * @return the same entry with the label
   */
  public YamlEntry labelled(String newLabel) {
    return new YamlEntry(
        node, path, Objects.requireNonNull(newLabel, "label must not be null"), context);
  }

  /**
   * Returns this entry labelled with the value of one of its fields, if that is a slug; otherwise
   * this entry unchanged. Loaders call it first, so that even a complaint about another field names
   * the entry by its id.
   *
   * @param field the field holding the entry's id, such as {@code id}
   * @return the labelled entry, or this entry
   */
  public YamlEntry labelledBy(String field) {
    JsonNode value = node.get(field);
    return value != null && value.isTextual() && Slug.isValid(value.textValue())
        ? labelled(value.textValue())
        : this;
  }

  /**
   * Refuses fields other than the given ones.
   *
   * @param allowed the field names this entry may have
   * @throws MalformedEntryException naming the first unknown field and listing the allowed ones
   */
  public void allowOnly(List<String> allowed) {
    Set<String> known = Set.copyOf(allowed);
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        throw problem(
            "unknown field '" + name + "'; the fields here are: " + String.join(", ", allowed));
      }
    }
  }

  /**
   * Reads a required, non-blank text field.
   *
   * @param field the field name
   * @return the text
   * @throws MalformedEntryException if the field is missing, empty, blank or not a scalar
   */
  public String text(String field) {
    return optionalText(field).orElseThrow(() -> problem("missing field '" + field + "'"));
  }

  /**
   * Reads an optional, non-blank text field.
   *
   * @param field the field name
   * @return the text, or empty if the field is absent
   * @throws MalformedEntryException if the field is present but empty, blank or not a scalar
   */
  public Optional<String> optionalText(String field) {
    JsonNode value = node.get(field);
    if (value == null) {
      return Optional.empty();
    }
    return Optional.of(scalar(value, "field '" + field + "'"));
  }

  /**
   * Reads a required text field and converts it, for example into an id.
   *
   * @param field the field name
   * @param converter the conversion; an {@link IllegalArgumentException} it throws becomes a
   *     problem at this entry
   * @param <T> the result type
   * @return the converted value
   * @throws MalformedEntryException if the field is missing or does not convert
   */
  public <T> T convert(String field, Function<String, T> converter) {
    return convertValue("field '" + field + "'", text(field), converter);
  }

  /**
   * Reads a required whole number that must be positive.
   *
   * @param field the field name
   * @return the number
   * @throws MalformedEntryException if the field is missing, not a whole number, or not positive
   */
  public int positiveInt(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw problem("missing field '" + field + "'");
    }
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      throw problem("field '" + field + "' must be a whole number, got " + describeValue(value));
    }
    int number = value.intValue();
    if (number <= 0) {
      throw problem("field '" + field + "' must be positive, got " + number);
    }
    return number;
  }

  /**
   * Reads a list of texts and converts each, for example into ids.
   *
   * @param field the field name
   * @param required whether the field must be present; an absent optional field is an empty list
   * @param converter the conversion; an {@link IllegalArgumentException} it throws becomes a
   *     problem naming the element
   * @param <T> the element type
   * @return the converted elements, in order
   * @throws MalformedEntryException if the field is missing but required, is not a list, or an
   *     element is not a non-blank text or does not convert
   */
  public <T> List<T> convertEach(String field, boolean required, Function<String, T> converter) {
    JsonNode list = list(field, required);
    List<T> result = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      String element = "field '" + field + "[" + i + "]'";
      result.add(convertValue(element, scalar(list.get(i), element), converter));
    }
    return List.copyOf(result);
  }

  /**
   * Reads a list of texts.
   *
   * @param field the field name
   * @param required whether the field must be present; an absent optional field is an empty list
   * @return the texts, in order
   * @throws MalformedEntryException if the field is missing but required, is not a list, or an
   *     element is not a non-blank text
   */
  public List<String> texts(String field, boolean required) {
    return convertEach(field, required, Function.identity());
  }

  /**
   * Reads a required list of mappings, such as a section's topics.
   *
   * @param field the field name
   * @return the entries, each located as {@code field[index]} below this entry
   * @throws MalformedEntryException if the field is missing or is not a list of mappings
   */
  public List<YamlEntry> entries(String field) {
    JsonNode list = list(field, true);
    List<YamlEntry> result = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      String childPath = (path.isEmpty() ? "" : path + ".") + field + "[" + i + "]";
      YamlEntry child =
          new YamlEntry(list.get(i), childPath, "", label.isEmpty() ? context : label);
      if (!list.get(i).isObject()) {
        throw child.problem("must be a mapping of fields, got " + kind(list.get(i)));
      }
      result.add(child);
    }
    return List.copyOf(result);
  }

  /**
   * Creates the exception for a problem at this entry.
   *
   * @param what what is wrong
   * @return the exception, to be thrown by the caller
   */
  public MalformedEntryException problem(String what) {
    return new MalformedEntryException(new Problem(where(), what));
  }

  private JsonNode list(String field, boolean required) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      if (required) {
        throw problem("missing field '" + field + "'");
      }
      return MAPPER.createArrayNode();
    }
    if (!value.isArray()) {
      throw problem("field '" + field + "' must be a list, got " + kind(value));
    }
    return value;
  }

  private String scalar(JsonNode value, String what) {
    if (value.isNull()) {
      throw problem(what + " is empty");
    }
    if (!value.isValueNode()) {
      throw problem(what + " must be a text, got " + kind(value));
    }
    String text = value.asText();
    if (text.isBlank()) {
      throw problem(what + " is blank");
    }
    return text;
  }

  private <T> T convertValue(String what, String raw, Function<String, T> converter) {
    try {
      return converter.apply(raw);
    } catch (IllegalArgumentException e) {
      throw problem(what + ": " + e.getMessage());
    }
  }

  private static String kind(JsonNode value) {
    if (value.isObject()) {
      return "a mapping";
    }
    if (value.isArray()) {
      return "a list";
    }
    return "the value " + describeValue(value);
  }

  private static String describeValue(JsonNode value) {
    return value.isTextual() ? "'" + value.asText() + "'" : value.toString();
  }

  /** Puts the parser's message on one line, without the excerpts of the input it quotes. */
  private static String oneLine(String message) {
    String text = message == null ? "unreadable input" : message.strip();
    return text.replaceAll("\\s+", " ")
        .replaceAll(" ?in 'reader', line \\d+, column \\d+:.*?\\^", ";")
        .replaceAll(";\\s*$", "")
        .strip();
  }

  /** A defect in a YAML data file, at a known place. Loaders turn it into their own exception. */
  public static final class MalformedEntryException extends RuntimeException {

    /** Serialization version of this exception. */
    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    /**
     * Creates the exception.
     *
     * @param problem where and what
     */
    public MalformedEntryException(Problem problem) {
      super(Objects.requireNonNull(problem, "problem must not be null").toString());
      this.problem = problem;
    }

    /**
     * Returns where the defect is and what it is.
     *
     * @return the problem
     */
    public Problem problem() {
      return problem;
    }
  }
}
