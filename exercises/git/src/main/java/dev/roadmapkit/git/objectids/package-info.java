/**
 * Exercise {@code git/object-ids}: compute the ids git gives blobs, trees and commits, the SHA-1 of
 * a header {@code "<type> <size>\0"} and the object's content, byte for byte as git stores them.
 */
package dev.roadmapkit.git.objectids;
