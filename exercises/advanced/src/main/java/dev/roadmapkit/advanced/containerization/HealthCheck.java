package dev.roadmapkit.advanced.containerization;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Given: a health probe for a {@code HEALTHCHECK} in an image without curl or wget (a JRE image):
 * {@code java -cp /app/classes dev.roadmapkit.advanced.containerization.HealthCheck} exits 0 when
 * {@code http://127.0.0.1:$PORT/health} answers 200 within 2 seconds, 1 otherwise.
 */
public final class HealthCheck {

  private HealthCheck() {}

  /** Probes the app once and exits 0 (healthy) or 1 (unhealthy). */
  public static void main(String[] args) {
    System.exit(healthy(HealthApp.port(System.getenv("PORT"))) ? 0 : 1);
  }

  /** Whether the app on {@code port} of this host answers its health check. */
  static boolean healthy(int port) {
    try {
      HttpResponse<Void> response =
          HttpClient.newBuilder()
              .connectTimeout(Duration.ofSeconds(2))
              .build()
              .send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                      .timeout(Duration.ofSeconds(2))
                      .build(),
                  HttpResponse.BodyHandlers.discarding());
      return response.statusCode() == 200;
    } catch (java.io.IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
