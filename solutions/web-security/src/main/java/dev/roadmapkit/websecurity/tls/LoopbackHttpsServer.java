package dev.roadmapkit.websecurity.tls;

// Key idea: the JDK's HttpsServer needs an SSLContext whose KeyManager holds the private key and
// its certificate; an in-memory PKCS12 KeyStore carries them there without touching the disk.

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/** Exercise {@code web-security/tls}: an HTTPS server on 127.0.0.1 and an ephemeral port. */
public final class LoopbackHttpsServer implements AutoCloseable {

  private final HttpsServer server;

  private LoopbackHttpsServer(HttpsServer server) {
    this.server = server;
  }

  /**
   * Starts a server that presents {@code certificate} (with its private key) and answers every GET
   * with 200 and {@code body} as UTF-8 text.
   *
   * @throws IOException if the server cannot start
   * @throws GeneralSecurityException if the key and certificate cannot be used
   */
  public static LoopbackHttpsServer start(PrivateKey key, X509Certificate certificate, String body)
      throws IOException, GeneralSecurityException {
    char[] password = "in-memory".toCharArray();
    KeyStore keyStore = KeyStore.getInstance("PKCS12");
    keyStore.load(null, null);
    keyStore.setKeyEntry("server", key, password, new X509Certificate[] {certificate});
    KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keys.init(keyStore, password);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(keys.getKeyManagers(), null, null);

    HttpsServer server =
        HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(context));
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    server.createContext(
        "/",
        exchange -> {
          exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
          exchange.sendResponseHeaders(200, bytes.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
          }
        });
    server.start();
    return new LoopbackHttpsServer(server);
  }

  /** The port the server listens on, on 127.0.0.1. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** Stops the server at once. */
  @Override
  public void close() {
    server.stop(0);
  }
}
