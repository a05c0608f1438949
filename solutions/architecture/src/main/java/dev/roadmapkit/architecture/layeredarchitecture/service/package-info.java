/**
 * The service layer: the business rules of tickets. Only the web layer may use it; it uses the
 * persistence layer.
 */
package dev.roadmapkit.architecture.layeredarchitecture.service;
