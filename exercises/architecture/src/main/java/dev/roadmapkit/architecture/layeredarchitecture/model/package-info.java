/** The model every layer may use: tickets and their status. It uses no layer. */
package dev.roadmapkit.architecture.layeredarchitecture.model;
