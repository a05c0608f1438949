/** The orders module's API: the only package of the module that other modules may use. */
package dev.roadmapkit.architecture.modularmonolith.orders.api;
