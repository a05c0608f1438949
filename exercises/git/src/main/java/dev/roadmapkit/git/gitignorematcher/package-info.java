/**
 * Exercise {@code git/gitignore-matcher}: decide, as git does, whether a path is ignored by the
 * {@code .gitignore} files of a working tree, and say which rule decided, like {@code git
 * check-ignore -v}.
 */
package dev.roadmapkit.git.gitignorematcher;
