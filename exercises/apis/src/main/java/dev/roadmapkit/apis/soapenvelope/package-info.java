/**
 * Exercise {@code apis/soap-envelope}: SOAP 1.1 request envelopes written, responses and Faults
 * read, namespace-aware and with DOCTYPEs refused. Start with {@link
 * dev.roadmapkit.apis.soapenvelope.SoapCodec}.
 */
package dev.roadmapkit.apis.soapenvelope;
