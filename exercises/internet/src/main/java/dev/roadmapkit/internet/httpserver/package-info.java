/**
 * Exercise {@code internet/http-server}: a small HTTP/1.1 server on a real socket, with routing,
 * 404 and 405, HEAD, keep-alive, a thread per connection and a 408 for silent clients.
 */
package dev.roadmapkit.internet.httpserver;
