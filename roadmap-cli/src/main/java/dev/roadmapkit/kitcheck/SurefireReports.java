package dev.roadmapkit.kitcheck;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the XML reports Surefire writes ({@code TEST-*.xml}): one {@link ReportedCase} per reported
 * invocation, under the name Surefire gives it (the method name, {@code name(Type)[2]} for an
 * invocation of a parameterized test, or a jqwik property's label).
 */
public final class SurefireReports {

  private SurefireReports() {}

  /**
   * The outcome of every test reported in {@code reportsDir}.
   *
   * @throws KitCheckException if the directory is missing or a report cannot be read
   */
  public static List<ReportedCase> read(Path reportsDir) {
    if (!Files.isDirectory(reportsDir)) {
      throw new KitCheckException(
          "No Surefire reports in " + reportsDir + ": the module's tests did not run");
    }
    List<ReportedCase> outcomes = new ArrayList<>();
    try (Stream<Path> files = Files.list(reportsDir)) {
      for (Path file :
          files
              .filter(f -> f.getFileName().toString().startsWith("TEST-"))
              .filter(f -> f.getFileName().toString().endsWith(".xml"))
              .sorted()
              .toList()) {
        readInto(file, outcomes);
      }
    } catch (IOException e) {
      throw new KitCheckException("Cannot list " + reportsDir + ": " + e.getMessage(), e);
    }
    return outcomes;
  }

  private static void readInto(Path file, List<ReportedCase> outcomes) {
    Document document;
    try (InputStream in = Files.newInputStream(file)) {
      document = SecureXml.newDocumentBuilder().parse(in);
    } catch (IOException | SAXException | ParserConfigurationException e) {
      throw new KitCheckException("Cannot read Surefire report " + file + ": " + e.getMessage(), e);
    }
    NodeList cases = document.getElementsByTagName("testcase");
    for (int i = 0; i < cases.getLength(); i++) {
      Element testcase = (Element) cases.item(i);
      outcomes.add(
          new ReportedCase(
              testcase.getAttribute("classname"),
              testcase.getAttribute("name"),
              outcome(testcase),
              childNamed(testcase, "error") != null,
              text(childNamed(testcase, "system-out")) + text(childNamed(testcase, "system-err"))));
    }
  }

  private static TestOutcome outcome(Element testcase) {
    for (String failure : new String[] {"failure", "error"}) {
      Element element = childNamed(testcase, failure);
      if (element != null) {
        return new TestOutcome(TestOutcome.Status.FAILED, messageOf(element), 1);
      }
    }
    Element skipped = childNamed(testcase, "skipped");
    if (skipped != null) {
      return new TestOutcome(TestOutcome.Status.SKIPPED, messageOf(skipped), 1);
    }
    return new TestOutcome(TestOutcome.Status.PASSED, "", 1);
  }

  private static Element childNamed(Element parent, String tag) {
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element && element.getTagName().equals(tag)) {
        return element;
      }
    }
    return null;
  }

  private static String text(Element element) {
    return element == null ? "" : element.getTextContent();
  }

  private static String messageOf(Element element) {
    String message = element.getAttribute("message");
    if (message.isBlank()) {
      message = element.getAttribute("type");
    }
    return message.strip();
  }
}
