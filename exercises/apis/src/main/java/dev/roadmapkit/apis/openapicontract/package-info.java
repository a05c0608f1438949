/**
 * Exercise {@code apis/openapi-contract}: make a small tasks API agree with its OpenAPI 3.0
 * document ({@code tasks.yaml} among the test resources), checked over real HTTP with a real
 * validator.
 */
package dev.roadmapkit.apis.openapicontract;
