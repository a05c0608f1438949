/**
 * Exercise {@code programming/todo-cli}: a small command-line project, a to-do list kept in a JSON
 * file, with the errors, exit codes and safe writes a real tool needs.
 */
package dev.roadmapkit.programming.todocli;
