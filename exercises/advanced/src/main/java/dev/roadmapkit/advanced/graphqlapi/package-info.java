/**
 * Exercise {@code advanced/graphql-api}: resolvers (data fetchers) for a given GraphQL schema of
 * orders, customers, lines and products stored in PostgreSQL; DataLoaders that turn the N+1 loads
 * into one batched load per level; depth and complexity limits that reject abusive queries before
 * any resolver runs; field errors as partial results.
 */
package dev.roadmapkit.advanced.graphqlapi;
