/**
 * Real services for exercise tests, resolved in the order DESIGN.md gives: an explicit URL from the
 * environment, then Testcontainers when a Docker engine answers, then an embedded default (H2 in
 * PostgreSQL mode, a {@code redis-server} from the PATH), else a skip that says how to enable the
 * service, or a failure when {@code ROADMAP_REQUIRE_SERVICES=true}.
 *
 * <p>A test class annotated {@link dev.roadmapkit.support.services.RealServices} just declares a
 * {@link javax.sql.DataSource} or a {@link dev.roadmapkit.support.services.RedisEndpoint}
 * parameter. Each service is started at most once per test run and shared.
 */
package dev.roadmapkit.support.services;
