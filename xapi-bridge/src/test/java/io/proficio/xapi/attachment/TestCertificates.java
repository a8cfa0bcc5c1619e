package io.proficio.xapi.attachment;

import static io.proficio.xapi.attachment.TestBodies.bytes;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import javax.security.auth.x500.X500Principal;

/**
 * Self-signed X.509 certificates for signature tests, with the JDK alone: the JDK has no public API
 * that makes certificates, so this writes the DER of a version 1 certificate (RFC 5280 §4.1) and lets
 * {@link CertificateFactory} read it back. Test fixture only; production code reads certificates with
 * Nimbus and never writes them.
 */
final class TestCertificates {

    /** sha256WithRSAEncryption, 1.2.840.113549.1.1.11 (RFC 4055 §5). */
    private static final byte[] SHA256_WITH_RSA = {0x2A, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xF7, 0x0D, 0x01, 0x01, 0x0B};
    private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'").withZone(ZoneOffset.UTC);

    private TestCertificates() {
    }

    static X509Certificate selfSigned(KeyPair keys) {
        try {
            byte[] algorithm = der(0x30, bytes(der(0x06, SHA256_WITH_RSA), new byte[] {0x05, 0x00}));
            byte[] name = new X500Principal("CN=Proficio test signer").getEncoded();
            Instant now = Instant.now();
            byte[] validity = der(0x30, bytes(utcTime(now.minus(1, ChronoUnit.DAYS)), utcTime(now.plus(1, ChronoUnit.DAYS))));
            byte[] tbs = der(0x30, bytes(der(0x02, new byte[] {1}), algorithm, name, validity, name,
                    keys.getPublic().getEncoded()));
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(keys.getPrivate());
            signer.update(tbs);
            byte[] certificate = der(0x30, bytes(tbs, algorithm, der(0x03, bytes(new byte[] {0}, signer.sign()))));
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(certificate));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A DER tag-length-value (X.690 §8.1); lengths up to 65535. */
    private static byte[] der(int tag, byte[] content) {
        int n = content.length;
        byte[] length = n < 0x80 ? new byte[] {(byte) n}
                : n < 0x100 ? new byte[] {(byte) 0x81, (byte) n}
                : new byte[] {(byte) 0x82, (byte) (n >> 8), (byte) n};
        return bytes(new byte[] {(byte) tag}, length, content);
    }

    private static byte[] utcTime(Instant instant) {
        return der(0x17, UTC_TIME.format(instant).getBytes(StandardCharsets.US_ASCII));
    }
}
