/**
 * Exercise {@code design-principles/interface-segregation}: document stores behind one fat
 * interface, split into role interfaces so that no store throws "unsupported" and no client depends
 * on methods it does not use.
 */
package dev.roadmapkit.designprinciples.interfacesegregation;
