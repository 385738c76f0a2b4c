package dev.kith.capture.mail;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * TLS for one IMAP connection: the server's certificate is trusted when Java's authorities vouch for it or,
 * for a server with a self-signed certificate (a home Dovecot), when its SHA-256 fingerprint is the one the
 * user pinned. Remembers the fingerprint of the certificate the server showed, so that an untrusted one can
 * be named in the error. One per connection attempt.
 */
final class ImapTls {
    private final String pinned;
    private volatile String seen;

    /** TLS trusting Java's authorities and, when {@code pinned} is not null, that one certificate. */
    ImapTls(String pinned) {
        this.pinned = pinned;
    }

    /** The fingerprint of the certificate the server last showed; null before a handshake. */
    String seen() {
        return seen;
    }

    SSLSocketFactory socketFactory() {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init((KeyStore) null);
            X509TrustManager system = null;
            for (TrustManager m : factory.getTrustManagers()) {
                if (m instanceof X509TrustManager x) {
                    system = x;
                }
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new Pinning(system)}, null);
            return context.getSocketFactory();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java runtime has no TLS", e);
        }
    }

    /** A certificate's SHA-256 fingerprint: 32 bytes in upper-case hex, colon-separated. */
    static String fingerprint(X509Certificate certificate) throws CertificateException {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Trusts the pinned certificate, else asks Java's own trust manager. */
    private final class Pinning implements X509TrustManager {
        private final X509TrustManager system;

        Pinning(X509TrustManager system) {
            this.system = system;
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            if (chain == null || chain.length == 0) {
                throw new CertificateException("the server showed no certificate");
            }
            seen = fingerprint(chain[0]);
            if (pinned != null && pinned.equals(seen)) {
                return;
            }
            if (system == null) {
                throw new CertificateException("no trusted authorities");
            }
            system.checkServerTrusted(chain, authType);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("Kith is a client only");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return system == null ? new X509Certificate[0] : system.getAcceptedIssuers();
        }
    }
}
