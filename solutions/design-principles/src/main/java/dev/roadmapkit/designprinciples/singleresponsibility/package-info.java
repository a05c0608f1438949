/**
 * Exercise {@code design-principles/single-responsibility}: split a god class that parses, prices,
 * formats and stores invoices into classes that each have one reason to change.
 */
package dev.roadmapkit.designprinciples.singleresponsibility;
