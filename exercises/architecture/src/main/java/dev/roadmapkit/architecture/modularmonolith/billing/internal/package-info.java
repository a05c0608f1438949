/** The billing module's implementation: no other module may use it. */
package dev.roadmapkit.architecture.modularmonolith.billing.internal;
