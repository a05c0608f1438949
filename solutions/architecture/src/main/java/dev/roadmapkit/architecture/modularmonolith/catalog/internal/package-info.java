/** The catalog module's implementation: no other module may use it. */
package dev.roadmapkit.architecture.modularmonolith.catalog.internal;
