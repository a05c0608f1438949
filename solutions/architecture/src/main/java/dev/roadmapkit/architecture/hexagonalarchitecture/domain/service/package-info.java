/** Domain services: the lending policy. They depend only on the domain model. */
package dev.roadmapkit.architecture.hexagonalarchitecture.domain.service;
