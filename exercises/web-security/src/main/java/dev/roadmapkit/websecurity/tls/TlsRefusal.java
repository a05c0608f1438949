package dev.roadmapkit.websecurity.tls;

/** Why a TLS connection was refused. */
public enum TlsRefusal {
  /** The server's certificate is not the pinned one (or it sent none). */
  UNTRUSTED,
  /** The certificate's validity ended before now. */
  EXPIRED,
  /** The certificate's validity starts after now. */
  NOT_YET_VALID,
  /** The host the client connected to is not among the certificate's subject alternative names. */
  WRONG_HOST,
  /** Anything else: no connection, a protocol failure, an interruption. */
  CONNECTION_FAILED
}
