package dev.roadmapkit.websecurity.tls;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;

/**
 * Exercise {@code web-security/tls}, part 2: an HTTPS server with the JDK's own TLS stack ({@code
 * com.sun.net.httpserver.HttpsServer}) on 127.0.0.1 and an ephemeral port (port 0).
 *
 * <p>The server needs an {@code SSLContext} whose key managers hold the private key and the
 * certificate: put them into an in-memory {@code KeyStore.getInstance("PKCS12")} (load it with
 * {@code null}s first), initialise a {@code KeyManagerFactory} with it, and an {@code SSLContext}
 * with those key managers; give the server a {@code HttpsConfigurator} for that context.
 *
 * <p>The class has a private constructor that keeps the started server (add it); {@link #start}
 * creates the instance.
 */
public final class LoopbackHttpsServer implements AutoCloseable {

  private LoopbackHttpsServer() {
    // Replace with a constructor that keeps the started HttpsServer.
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
    throw new UnsupportedOperationException(
        "TODO web-security/tls: PKCS12 KeyStore, KeyManagerFactory, SSLContext, HttpsServer on"
            + " InetAddress.getLoopbackAddress() port 0");
  }

  /** The port the server listens on, on 127.0.0.1. */
  public int port() {
    throw new UnsupportedOperationException("TODO web-security/tls: the server's port");
  }

  /** Stops the server at once. */
  @Override
  public void close() {
    throw new UnsupportedOperationException("TODO web-security/tls: server.stop(0)");
  }
}
