/** A clock that tests move by hand, so that time-dependent code is tested without sleeping. */
package dev.roadmapkit.support.clock;
