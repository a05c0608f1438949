/**
 * The sign-up domain: the business rules and the ports (interfaces) it needs from the outside
 * world. It may depend on the JDK and on itself, nothing else.
 */
package dev.roadmapkit.designprinciples.dependencyinversion.domain;
