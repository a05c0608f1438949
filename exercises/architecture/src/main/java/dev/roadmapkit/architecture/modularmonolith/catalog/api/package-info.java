/** The catalog module's API: the only package of the module that other modules may use. */
package dev.roadmapkit.architecture.modularmonolith.catalog.api;
