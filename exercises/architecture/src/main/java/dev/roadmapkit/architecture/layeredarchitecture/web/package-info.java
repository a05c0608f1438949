/** The web layer: turns requests into service calls and results into responses. Nobody uses it. */
package dev.roadmapkit.architecture.layeredarchitecture.web;
