package dev.roadmapkit.programming.readablecode;

/** Given: where a parcel goes. */
public enum Zone {
  /** Inside the country. */
  DOMESTIC,
  /** Another country of the European Union. */
  EU,
  /** Anywhere else. */
  WORLD
}
