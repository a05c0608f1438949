package dev.roadmapkit.apis.jsontolerantreader;

/** The status of an order as this (v3) reader knows it; newer producers may send others. */
public enum OrderStatus {
  PLACED,
  PAID,
  SHIPPED,
  CANCELLED,
  /** A status this version does not know (a newer producer's), or none at all. */
  UNKNOWN
}
