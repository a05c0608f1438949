package dev.roadmapkit.websecurity.tls;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Self-signed server certificates made by the tests with BouncyCastle. */
final class TestCertificates {

  /** A key pair and the certificate for it. */
  record Issued(KeyPair keys, X509Certificate certificate) {}

  private static final AtomicLong SERIAL = new AtomicLong(1);

  private TestCertificates() {}

  static GeneralName dns(String name) {
    return new GeneralName(GeneralName.dNSName, name);
  }

  static GeneralName ip(String address) {
    return new GeneralName(GeneralName.iPAddress, address);
  }

  /** A self-signed EC P-256 certificate for the given names, valid from notBefore to notAfter. */
  static Issued selfSigned(Instant notBefore, Instant notAfter, GeneralName... names) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      KeyPair keys = generator.generateKeyPair();
      X500Name subject = new X500Name("CN=roadmap test server");
      JcaX509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
              subject,
              BigInteger.valueOf(SERIAL.getAndIncrement()),
              Date.from(notBefore),
              Date.from(notAfter),
              subject,
              keys.getPublic());
      if (names.length > 0) {
        builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names));
      }
      X509Certificate certificate =
          new JcaX509CertificateConverter()
              .getCertificate(
                  builder.build(
                      new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
      return new Issued(keys, certificate);
    } catch (GeneralSecurityException | OperatorCreationException | java.io.IOException e) {
      throw new AssertionError("could not make a test certificate", e);
    }
  }
}
