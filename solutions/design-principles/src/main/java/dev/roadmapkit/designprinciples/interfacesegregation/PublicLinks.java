package dev.roadmapkit.designprinciples.interfacesegregation;

import java.net.URI;

/** Publishes documents by link: what a link sharer needs. */
interface PublicLinks {

  /** A link anyone can open to read the document. */
  URI publicLink(String id);
}
