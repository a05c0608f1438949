/** The persistence adapter: implements the application's repository port. */
package dev.roadmapkit.architecture.hexagonalarchitecture.adapter.persistence;
