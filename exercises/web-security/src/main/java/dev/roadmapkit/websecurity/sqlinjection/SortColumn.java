package dev.roadmapkit.websecurity.sqlinjection;

/** The columns a product list can be sorted by, as the API names them. */
public enum SortColumn {
  /** Sort by name. */
  NAME,
  /** Sort by price. */
  PRICE,
  /** Sort by id, the order of creation. */
  ID
}
