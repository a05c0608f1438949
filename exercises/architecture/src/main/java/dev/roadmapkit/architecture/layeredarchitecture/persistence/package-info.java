/** The persistence layer: stores tickets. Only the service layer may use it; it uses no layer. */
package dev.roadmapkit.architecture.layeredarchitecture.persistence;
