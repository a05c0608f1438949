/** The web adapter: HTTP in, use cases called, HTTP out. It does not know the other adapters. */
package dev.roadmapkit.architecture.hexagonalarchitecture.adapter.web;
