package dev.kith.capture.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.time.Duration;
import java.util.Properties;

/**
 * The signed-in connection to an IMAP account: TLS from the start, STARTTLS required, or plain, as the
 * account says; certificates trusted as {@link ImapTls} trusts them; the server given {@code timeout} to
 * connect (at most 20 seconds) and to answer. Stateless.
 */
final class ImapConnection {
    private static final int CONNECT_TIMEOUT_MS = 20_000;

    private ImapConnection() {
    }

    /**
     * Connects to {@code account} and signs in with {@code password}. A server that does not answer as IMAP
     * is a {@link SourceException} from {@code errors}; any other failure is thrown as the library threw it,
     * the connection closed.
     */
    static Store open(ImapAccount account, String password, Duration timeout, ImapTls tls, ImapErrors errors)
            throws MessagingException {
        String protocol = account.security() == ImapAccount.Security.TLS ? "imaps" : "imap";
        Store store = Session.getInstance(properties(account, protocol, timeout, tls)).getStore(protocol);
        try {
            store.connect(account.host(), account.port(), account.user(), password);
            return store;
        } catch (AuthenticationFailedException e) {
            closeQuietly(store);
            throw e;
        } catch (MessagingException e) {
            closeQuietly(store);
            SourceException notImap = errors.notImap(e);
            if (notImap != null) {
                throw notImap;
            }
            throw e;
        } catch (RuntimeException e) {
            closeQuietly(store);
            throw e;
        }
    }

    /** Closes {@code store} (null: nothing), saying nothing of a connection already gone. */
    static void closeQuietly(Store store) {
        if (store != null) {
            try {
                store.close();
            } catch (MessagingException | RuntimeException e) {
                // the connection is gone already; nothing was left to say to the server
            }
        }
    }

    private static Properties properties(ImapAccount account, String protocol, Duration timeout, ImapTls tls) {
        Properties p = new Properties();
        String prefix = "mail." + protocol + ".";
        p.setProperty(prefix + "connectiontimeout", Long.toString(Math.min(CONNECT_TIMEOUT_MS, timeout.toMillis())));
        p.setProperty(prefix + "timeout", Long.toString(timeout.toMillis()));
        if (account.security() == ImapAccount.Security.STARTTLS) {
            p.setProperty(prefix + "starttls.enable", "true");
            p.setProperty(prefix + "starttls.required", "true");
        }
        if (account.security() != ImapAccount.Security.NONE) {
            p.put(prefix + "ssl.socketFactory", tls.socketFactory());
            // a pinned certificate is trusted as exactly that certificate, whatever host name it carries
            p.setProperty(prefix + "ssl.checkserveridentity", Boolean.toString(account.tlsFingerprint() == null));
        }
        return p;
    }
}
