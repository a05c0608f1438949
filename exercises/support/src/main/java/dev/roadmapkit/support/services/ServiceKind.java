package dev.roadmapkit.support.services;

/** The services an exercise test can ask for, with the environment variable that points at one. */
public enum ServiceKind {
  POSTGRES(
      "PostgreSQL",
      "ROADMAP_POSTGRES_URL",
      "jdbc:postgresql://127.0.0.1:5432/roadmap?user=roadmap&password=roadmap",
      "postgres:15-alpine"),
  REDIS("Redis", "ROADMAP_REDIS_URL", "redis://127.0.0.1:6379", "redis:7-alpine"),
  BROKER(
      "message broker (ActiveMQ Artemis)",
      "ROADMAP_BROKER_URL",
      "tcp://127.0.0.1:61616",
      "apache/activemq-artemis:2.40.0-alpine");

  private final String displayName;
  private final String urlVariable;
  private final String exampleUrl;
  private final String dockerImage;

  ServiceKind(String displayName, String urlVariable, String exampleUrl, String dockerImage) {
    this.displayName = displayName;
    this.urlVariable = urlVariable;
    this.exampleUrl = exampleUrl;
    this.dockerImage = dockerImage;
  }

  public String displayName() {
    return displayName;
  }

  /** The environment variable that, when set, names the service to use. */
  public String urlVariable() {
    return urlVariable;
  }

  public String exampleUrl() {
    return exampleUrl;
  }

  /** The image Testcontainers starts when a Docker engine is available. */
  public String dockerImage() {
    return dockerImage;
  }
}
