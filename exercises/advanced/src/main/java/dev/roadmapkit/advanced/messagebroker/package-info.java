/**
 * Exercise {@code advanced/message-broker}: a consumer of a real ActiveMQ Artemis queue that is
 * idempotent (the ids of processed messages stored in PostgreSQL in the same transaction as the
 * effect), hands failures back to the broker so that its redelivery delay and dead-letter queue
 * apply, and loses no message when it is killed mid-queue.
 */
package dev.roadmapkit.advanced.messagebroker;
