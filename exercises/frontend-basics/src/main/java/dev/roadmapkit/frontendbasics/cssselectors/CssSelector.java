package dev.roadmapkit.frontendbasics.cssselectors;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Exercise {@code frontend-basics/css-selectors}: a matcher for a subset of CSS selectors, and
 * their specificity.
 *
 * <p>A stylesheet rule such as {@code ul.menu > li:first-child a[href] { ... }} applies to every
 * element its selector matches, and when two rules set the same property, the one with the higher
 * <em>specificity</em> wins. Build both, over the elements of a page parsed by jsoup. Use only the
 * element's own data ({@link Element#normalName()}, {@link Element#id()}, {@link
 * Element#classNames()}, {@link Element#hasAttr}, {@link Element#attr}, {@link Element#parent()},
 * {@link Element#elementSiblingIndex()}); jsoup's own selector engine ({@code is}, {@code select},
 * {@code closest}, {@code org.jsoup.select}) is off limits, because the tests compare your matcher
 * with it on generated documents.
 *
 * <p>Semantics (Selectors Level 4): a type matches the element name without regard to case; {@code
 * .c} matches when {@code c} is one of the element's whitespace-separated classes (not a
 * substring); {@code #i} when the id is exactly {@code i}; {@code [a]} when the attribute is
 * present; {@code [a=v]} when its value is exactly {@code v}; {@code :first-child} when the element
 * is the first <em>element</em> among its parent's children (text between elements does not count).
 * {@code A B} matches a B with some ancestor A; {@code A > B} a B whose parent is A. The {@link
 * Document} above {@code <html>} is not an element: nothing matches it and it is nobody's matching
 * parent.
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

  private final String text;

  private CssSelector(String text) {
    this.text = text;
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
    throw new UnsupportedOperationException(
        "TODO frontend-basics/css-selectors: parse compounds and the combinators between them");
  }

  /** Whether {@code element} matches; the {@link Document} above {@code <html>} is no element. */
  public boolean matches(Element element) {
    throw new UnsupportedOperationException(
        "TODO frontend-basics/css-selectors: match the rightmost compound, then walk up");
  }

  /** This selector's specificity, summed over its compounds. */
  public Specificity specificity() {
    throw new UnsupportedOperationException(
        "TODO frontend-basics/css-selectors: count ids; classes, attributes, pseudo-classes; types");
  }

  /** The selector as it was parsed. */
  @Override
  public String toString() {
    return text;
  }
}
