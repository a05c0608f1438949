package dev.roadmapkit.kitcheck;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * XML parsers for files a learner or a student can write (test reports, POMs): no document type
 * declarations, no external entities, and errors only as exceptions, which the callers report in
 * one line, never also printed to standard error as the parser's default handler would.
 */
public final class SecureXml {

  private SecureXml() {}

  /**
   * A new DOM parser, not namespace-aware.
   *
   * @return the parser
   * @throws ParserConfigurationException if the platform's parser lacks a safety feature
   */
  public static DocumentBuilder newDocumentBuilder() throws ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setExpandEntityReferences(false);
    factory.setXIncludeAware(false);
    factory.setNamespaceAware(false);
    DocumentBuilder builder = factory.newDocumentBuilder();
    builder.setErrorHandler(new QuietErrors());
    return builder;
  }

  private static final class QuietErrors implements ErrorHandler {
    @Override
    public void warning(SAXParseException e) {
      // not a reason to stop reading
    }

    @Override
    public void error(SAXParseException e) throws SAXParseException {
      throw e;
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXParseException {
      throw e;
    }
  }
}
