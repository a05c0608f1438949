package dev.roadmapkit.support.services;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;

/**
 * ActiveMQ Artemis in this JVM, for a machine without Docker and without {@code
 * ROADMAP_BROKER_URL}: a real broker (the one the Testcontainers image runs) on a free loopback
 * port, without persistence or security, its directories in a temporary directory removed when it
 * stops. Queues and addresses are created on first use; each test configures the redelivery and
 * dead-lettering of its own queues through {@link BrokerEndpoint#redelivery}.
 */
final class EmbeddedBroker implements AutoCloseable {

  private final EmbeddedActiveMQ server;
  private final Path directory;
  private final String url;
  private final Optional<Path> record;

  private EmbeddedBroker(EmbeddedActiveMQ server, Path directory, String url) {
    this.server = server;
    this.directory = directory;
    this.url = url;
    this.record = OrphanedServers.record(Optional.empty(), List.of(directory));
  }

  String url() {
    return url;
  }

  static EmbeddedBroker start() {
    OrphanedServers.reap();
    Path directory = null;
    try {
      directory = Files.createTempDirectory("roadmap-artemis-");
      int port = LocalRedisServer.freePort();
      String url = "tcp://127.0.0.1:" + port;
      Configuration configuration =
          new ConfigurationImpl()
              .setName("roadmap-kit")
              .setPersistenceEnabled(false)
              .setSecurityEnabled(false)
              .setJMXManagementEnabled(false)
              .setPagingDirectory(directory.resolve("paging").toString())
              .setBindingsDirectory(directory.resolve("bindings").toString())
              .setJournalDirectory(directory.resolve("journal").toString())
              .setLargeMessagesDirectory(directory.resolve("large").toString())
              .addAcceptorConfiguration("tcp", url + "?protocols=CORE")
              .addAddressSetting(
                  "#",
                  new AddressSettings()
                      .setAutoCreateAddresses(true)
                      .setAutoCreateQueues(true)
                      .setDeadLetterAddress(SimpleString.of("DLA"))
                      .setAutoCreateDeadLetterResources(true)
                      .setMaxDeliveryAttempts(10));
      configuration.setBrokerInstance(directory.toFile());
      EmbeddedActiveMQ server = new EmbeddedActiveMQ().setConfiguration(configuration);
      server.start();
      EmbeddedBroker broker = new EmbeddedBroker(server, directory, url);
      Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "roadmap-broker-stop"));
      return broker;
    } catch (Exception e) {
      if (directory != null) {
        EmbeddedServers.deleteTree(directory);
      }
      throw new ServiceStartException(
          "Could not start the embedded ActiveMQ Artemis: " + e.getMessage(), e);
    }
  }

  /**
   * Stops the broker and clears the client's global thread pools: without that the JVM waits about
   * a minute for their threads before it exits.
   */
  @Override
  public synchronized void close() {
    try {
      server.stop();
    } catch (Exception e) {
      // stopping at the end of a run: nothing useful to do with a failure here
    } finally {
      ActiveMQClient.clearThreadPools();
      EmbeddedServers.deleteTree(directory);
      OrphanedServers.forget(record);
    }
  }
}
