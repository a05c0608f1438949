package dev.roadmapkit.frontendbasics.cssselectors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Exercise {@code frontend-basics/css-selectors}: a matcher for a subset of CSS selectors, and
 * their specificity.
 *
 * <p>Key idea: match from right to left, as browsers do. The rightmost compound must match the
 * element itself; then each combinator walks up: {@code >} to the parent only, a space to any
 * ancestor, trying every ancestor in turn (backtracking), because the nearest one that matches the
 * compound may fail further up while a higher one succeeds.
 */
public final class CssSelector {

  /**
   * The specificity of a selector (Selectors Level 4, section 17): ids, then classes, attribute
   * selectors and pseudo-classes, then type selectors; {@code *} and combinators count nothing.
   * Compared lexicographically.
   */
  public record Specificity(int ids, int classes, int types) implements Comparable<Specificity> {
    @Override
    public int compareTo(Specificity other) {
      if (ids != other.ids) {
        return Integer.compare(ids, other.ids);
      }
      if (classes != other.classes) {
        return Integer.compare(classes, other.classes);
      }
      return Integer.compare(types, other.types);
    }

    @Override
    public String toString() {
      return "(" + ids + "," + classes + "," + types + ")";
    }
  }

  private record Attribute(String name, String value) {}

  private record Compound(
      String type,
      List<String> ids,
      List<String> classes,
      List<Attribute> attributes,
      boolean firstChild) {}

  private final String text;
  private final List<Compound> compounds;
  // combinators.get(i) joins compounds i and i + 1: '>' child, ' ' descendant
  private final List<Character> combinators;

  private CssSelector(String text, List<Compound> compounds, List<Character> combinators) {
    this.text = text;
    this.compounds = compounds;
    this.combinators = combinators;
  }

  /**
   * Parses a selector of this grammar (whitespace around {@code >} is optional):
   *
   * <pre>
   * selector   = compound *( combinator compound )
   * combinator = 1*" " | *" " "&gt;" *" "
   * compound   = ( type | "*" ) *simple | 1*simple
   * simple     = "#" ident | "." ident | "[" ident [ "=" ( ident | '"' *char '"' ) ] "]"
   *            | ":first-child"
   * ident      = ( letter | "_" | "-" ) *( letter | digit | "_" | "-" )
   * </pre>
   *
   * @throws IllegalArgumentException naming the selector and the position, for anything else
   */
  public static CssSelector parse(String selector) {
    Objects.requireNonNull(selector, "selector must not be null");
    Parser parser = new Parser(selector);
    List<Compound> compounds = new ArrayList<>();
    List<Character> combinators = new ArrayList<>();
    parser.skipSpaces();
    compounds.add(parser.compound());
    while (!parser.atEnd()) {
      boolean spaced = parser.skipSpaces();
      if (parser.atEnd()) {
        break;
      }
      if (parser.peek() == '>') {
        parser.pos++;
        parser.skipSpaces();
        combinators.add('>');
      } else if (spaced) {
        combinators.add(' ');
      } else {
        throw parser.error("expected a space or > between compounds");
      }
      compounds.add(parser.compound());
    }
    return new CssSelector(selector, List.copyOf(compounds), List.copyOf(combinators));
  }

  /** Whether {@code element} matches; the {@link Document} above {@code <html>} is no element. */
  public boolean matches(Element element) {
    Objects.requireNonNull(element, "element must not be null");
    return matchesFrom(element, compounds.size() - 1);
  }

  private boolean matchesFrom(Element element, int index) {
    if (!matchesCompound(element, compounds.get(index))) {
      return false;
    }
    if (index == 0) {
      return true;
    }
    Element parent = parentOf(element);
    if (combinators.get(index - 1) == '>') {
      return parent != null && matchesFrom(parent, index - 1);
    }
    for (Element ancestor = parent; ancestor != null; ancestor = parentOf(ancestor)) {
      if (matchesFrom(ancestor, index - 1)) {
        return true;
      }
    }
    return false;
  }

  private static Element parentOf(Element element) {
    Element parent = element.parent();
    return parent == null || parent instanceof Document ? null : parent;
  }

  private static boolean matchesCompound(Element element, Compound compound) {
    if (!compound.type().isEmpty() && !compound.type().equals(element.normalName())) {
      return false;
    }
    for (String id : compound.ids()) {
      if (!id.equals(element.id())) {
        return false;
      }
    }
    for (String name : compound.classes()) {
      if (!element.classNames().contains(name)) {
        return false;
      }
    }
    for (Attribute attribute : compound.attributes()) {
      if (!element.hasAttr(attribute.name())) {
        return false;
      }
      if (attribute.value() != null && !attribute.value().equals(element.attr(attribute.name()))) {
        return false;
      }
    }
    return !compound.firstChild()
        || (parentOf(element) != null && element.elementSiblingIndex() == 0);
  }

  /** This selector's specificity, summed over its compounds. */
  public Specificity specificity() {
    int ids = 0;
    int classes = 0;
    int types = 0;
    for (Compound compound : compounds) {
      ids += compound.ids().size();
      classes += compound.classes().size();
      types += compound.attributes().size();
      classes += compound.firstChild() ? 1 : 0;
      types += compound.type().isEmpty() ? 0 : 1;
    }
    return new Specificity(ids, classes, types);
  }

  /** The selector as it was parsed. */
  @Override
  public String toString() {
    return text;
  }

  private static final class Parser {
    private final String text;
    private int pos;

    Parser(String text) {
      this.text = text;
    }

    boolean atEnd() {
      return pos >= text.length();
    }

    char peek() {
      return text.charAt(pos);
    }

    boolean skipSpaces() {
      int start = pos;
      while (!atEnd() && peek() == ' ') {
        pos++;
      }
      return pos > start;
    }

    IllegalArgumentException error(String what) {
      return new IllegalArgumentException(
          "selector \"" + text + "\" at position " + pos + ": " + what);
    }

    Compound compound() {
      String type = "";
      boolean any = false;
      if (!atEnd() && peek() == '*') {
        pos++;
        any = true;
      } else if (!atEnd() && isIdentStart(peek())) {
        type = ident().toLowerCase(Locale.ROOT);
        any = true;
      }
      List<String> ids = new ArrayList<>();
      List<String> classes = new ArrayList<>();
      List<Attribute> attributes = new ArrayList<>();
      boolean firstChild = false;
      while (!atEnd() && peek() != ' ' && peek() != '>') {
        char c = peek();
        pos++;
        if (c == '#') {
          ids.add(ident());
        } else if (c == '.') {
          classes.add(ident());
        } else if (c == '[') {
          attributes.add(attribute());
        } else if (c == ':' && text.startsWith("first-child", pos)) {
          pos += "first-child".length();
          firstChild = true;
        } else {
          pos--;
          throw error("unexpected '" + c + "'");
        }
        any = true;
      }
      if (!any) {
        throw error("expected a type, *, #id, .class, [attribute] or :first-child");
      }
      return new Compound(
          type, List.copyOf(ids), List.copyOf(classes), List.copyOf(attributes), firstChild);
    }

    Attribute attribute() {
      String name = ident().toLowerCase(Locale.ROOT);
      String value = null;
      if (!atEnd() && peek() == '=') {
        pos++;
        if (!atEnd() && peek() == '"') {
          int close = text.indexOf('"', pos + 1);
          if (close < 0) {
            throw error("unclosed quote");
          }
          value = text.substring(pos + 1, close);
          pos = close + 1;
        } else {
          value = ident();
        }
      }
      if (atEnd() || peek() != ']') {
        throw error("expected ]");
      }
      pos++;
      return new Attribute(name, value);
    }

    String ident() {
      if (atEnd() || !isIdentStart(peek())) {
        throw error("expected a name");
      }
      int start = pos;
      while (!atEnd() && (isIdentStart(peek()) || Character.isDigit(peek()))) {
        pos++;
      }
      return text.substring(start, pos);
    }

    private static boolean isIdentStart(char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '-';
    }
  }
}
