package dev.roadmapkit.designprinciples.singleresponsibility;

import java.math.BigDecimal;

/** One parsed order line: what was ordered, how many, at what price each. */
record OrderLine(String sku, int quantity, BigDecimal unitPrice) {}
