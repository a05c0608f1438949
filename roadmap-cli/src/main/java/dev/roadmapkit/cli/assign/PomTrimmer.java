package dev.roadmapkit.cli.assign;

import dev.roadmapkit.kitcheck.SecureXml;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Comment;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Trims the kit's aggregator POMs for a class's repository: only the assigned modules, no profiles
 * (the kit build's profile adds the solutions and the kit check), no managed versions of the kit's
 * own tools, and no comments that speak of the kit's build. Everything else, the versions, the
 * plugins and the learner-facing Surefire set-up, stays as it is.
 */
final class PomTrimmer {

  /** Comments that speak of the kit's own build, its solutions or its tools. */
  private static final Pattern KIT_COMMENT =
      Pattern.compile("(?i)\\bkit\\b|solution|mutation|\\bCLI\\b|roadmap-core|roadmap-cli");

  private static final Pattern PROJECT_START = Pattern.compile("<project\\b[^>]*>");

  private static final Set<String> KIT_ARTIFACTS = Set.of("roadmap-core", "roadmap-cli");

  private PomTrimmer() {}

  /**
   * Trims a POM.
   *
   * @param pom the POM's text
   * @param modules the modules to keep, by their {@code <module>} text; the others are removed
   * @param header a comment to put before the POM's first element in place of a removed one, or
   *     {@code null}
   * @return the trimmed POM's text
   * @throws IOException if the text is not a well-formed POM
   */
  static String trim(String pom, Set<String> modules, String header) throws IOException {
    Document document = parse(pom);
    Element project = document.getDocumentElement();
    for (Element list : children(project, "modules")) {
      for (Element module : children(list, "module")) {
        if (!modules.contains(module.getTextContent().strip())) {
          remove(module);
        }
      }
    }
    children(project, "profiles").forEach(PomTrimmer::remove);
    for (Element management : children(project, "dependencyManagement")) {
      for (Element dependencies : children(management, "dependencies")) {
        for (Element dependency : children(dependencies, "dependency")) {
          if ("dev.roadmapkit".equals(text(dependency, "groupId"))
              && KIT_ARTIFACTS.contains(text(dependency, "artifactId"))) {
            remove(dependency);
          }
        }
      }
    }
    boolean removedFirst = removeKitComments(project);
    if (header != null && removedFirst) {
      Node first = project.getFirstChild();
      while (first != null && first.getNodeType() != Node.ELEMENT_NODE) {
        first = first.getNextSibling();
      }
      if (first != null) {
        first = first.getNextSibling(); // after <modelVersion>
        // Where the removed comment stood: a blank line, the header, and the gap that followed.
        project.insertBefore(document.createTextNode("\n  "), first);
        project.insertBefore(document.createComment(header), first);
      }
    }
    // The serializer puts the root element's attributes on one line; keep the original layout.
    Matcher start = PROJECT_START.matcher(pom);
    String trimmed = serialize(document);
    return start.find()
        ? PROJECT_START.matcher(trimmed).replaceFirst(Matcher.quoteReplacement(start.group()))
        : trimmed;
  }

  /** Removes comments about the kit; returns whether the first comment of the project was one. */
  private static boolean removeKitComments(Element project) {
    List<Comment> comments = new ArrayList<>();
    collectComments(project, comments);
    boolean first = true;
    boolean firstRemoved = false;
    for (Comment comment : comments) {
      if (KIT_COMMENT.matcher(comment.getData()).find()) {
        if (first && comment.getParentNode() == project) {
          firstRemoved = true;
        }
        remove(comment);
      }
      first = false;
    }
    return firstRemoved;
  }

  private static void collectComments(Node node, List<Comment> comments) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Comment comment) {
        comments.add(comment);
      } else {
        collectComments(child, comments);
      }
    }
  }

  /** Removes a node and the indentation before it, so that no blank line is left behind. */
  private static void remove(Node node) {
    Node before = node.getPreviousSibling();
    if (before != null
        && before.getNodeType() == Node.TEXT_NODE
        && before.getNodeValue().isBlank()
        && before.getNodeValue().contains("\n")) {
      // Drop the node's own line: its indentation and the line break before it.
      String whitespace = before.getNodeValue();
      before.setNodeValue(whitespace.substring(0, whitespace.lastIndexOf('\n')));
    }
    node.getParentNode().removeChild(node);
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element && name.equals(element.getTagName())) {
        found.add(element);
      }
    }
    return found;
  }

  private static String text(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? "" : found.get(0).getTextContent().strip();
  }

  private static Document parse(String pom) throws IOException {
    try {
      Document document =
          SecureXml.newDocumentBuilder().parse(new InputSource(new StringReader(pom)));
      document.setXmlStandalone(true);
      return document;
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException("not a well-formed POM: " + e.getMessage(), e);
    }
  }

  private static String serialize(Document document) throws IOException {
    try {
      TransformerFactory factory = TransformerFactory.newInstance();
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
      Transformer transformer = factory.newTransformer();
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      transformer.setOutputProperty(OutputKeys.INDENT, "no");
      StringWriter out = new StringWriter();
      transformer.transform(new DOMSource(document), new StreamResult(out));
      String text = out.toString();
      // The transformer puts the root element right after the declaration.
      text = text.replaceFirst("\\?><project", "?>\n<project");
      return text.endsWith("\n") ? text : text + "\n";
    } catch (TransformerException e) {
      throw new IOException("cannot write the POM: " + e.getMessage(), e);
    }
  }
}
