/**
 * Exercise {@code os-fundamentals/unix-socket-ipc}: request and response between two processes over
 * a Unix domain socket, in frames of a 4-byte big-endian length and the payload.
 */
package dev.roadmapkit.osfundamentals.unixsocketipc;
