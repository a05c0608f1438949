/**
 * Exercise {@code git/ref-advertisement}: read pkt-lines, parse the protocol-v0 ref advertisement
 * that {@code git upload-pack} sends when a fetch begins, and decide what to ask for: the wants and
 * haves of the fetch.
 */
package dev.roadmapkit.git.refadvertisement;
