/** The orders module's implementation: no other module may use it. */
package dev.roadmapkit.architecture.modularmonolith.orders.internal;
