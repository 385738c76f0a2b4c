package dev.kith.capture.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.FolderClosedException;
import jakarta.mail.MessagingException;
import jakarta.mail.StoreClosedException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import javax.net.ssl.SSLException;
import org.eclipse.angus.mail.iap.ConnectionException;

/**
 * What went wrong with one IMAP account, in plain words: a refused sign-in in the server's own words, a
 * certificate nobody vouches for (named by its fingerprint), a server that is not IMAP or went silent, a
 * connection lost mid-sync. Each is a {@link SourceException} naming the account, never with the password
 * (whatever the server or the library said). Thread-safe as its {@link ImapTls} is; one per sync.
 */
final class ImapErrors {
    private final ImapAccount account;
    private final String password;
    private final ImapTls tls;
    private final Duration timeout;

    ImapErrors(ImapAccount account, String password, ImapTls tls, Duration timeout) {
        this.account = account;
        this.password = password;
        this.tls = tls;
        this.timeout = timeout;
    }

    /** A failure of this account, the password never in its words (whatever the server or library said). */
    SourceException failure(String reason) {
        String words = password != null && password.length() >= 4 ? reason.replace(password, "****") : reason;
        return new SourceException(account.label(), words);
    }

    /** The server refused to sign in. */
    SourceException refused(AuthenticationFailedException e) {
        return failure(refusal(e));
    }

    /** The connection or a command failed. */
    SourceException failed(MessagingException e) {
        return failure(reason(e));
    }

    /** A folder the user chose is not on the server. */
    SourceException noFolder(String name) {
        return failure("there is no folder called '" + name + "' (renamed or deleted on the server?)");
    }

    /**
     * A server that greets as something else (SSH, SMTP) or not at all (a web server, a TLS port spoken to in
     * plain text) while connecting, named as not answering as IMAP, not as a connection lost mid-sync; null when
     * {@code e} is another failure.
     */
    SourceException notImap(MessagingException e) {
        String where = "the server at " + account.host() + ":" + account.port();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.SocketTimeoutException) {
                return failure(account.security() == ImapAccount.Security.TLS
                        ? where + " did not begin TLS within " + seconds() + ": is it the IMAP port with TLS"
                        + " (usually 993)? For port 143 use --security starttls"
                        : where + " sent no IMAP greeting within " + seconds() + ": is it the IMAP port? (A port"
                        + " that expects TLS from the start, usually 993, needs --security tls)");
            }
        }
        // an IMAP greeting is untagged ("* OK", "* BYE"); "SSH-2.0-…" or "220 …" parse as a tagged line
        if (e.getCause() instanceof org.eclipse.angus.mail.iap.ProtocolException p && p.getResponse() != null
                && !p.getResponse().isUnTagged()) {
            String first = p.getResponse().toString().strip().lines().findFirst().orElse("");
            return failure(where + " is not an IMAP server (it greeted: \"" + (first.length() > 80
                    ? first.substring(0, 80) + "…" : first) + "\"): check the host and port");
        }
        return null;
    }

    private String seconds() {
        long s = timeout.toSeconds();
        return s == 1 ? "1 second" : s + " seconds";
    }

    /**
     * Why the server refused to sign in, in its own words when it gave some (Gmail: "Application-specific
     * password required"; Outlook: "AUTHENTICATE failed"), its response code left out.
     */
    private String refusal(AuthenticationFailedException e) {
        String said = e.getMessage() == null ? "" : e.getMessage().replaceFirst("^\\s*\\[[^\\]]*\\]\\s*", "").strip();
        if (said.equals("No login methods supported!") || said.startsWith("No authentication mechanisms")) {
            return noPasswordSignIn();
        }
        String words = "the server refused the user name or password";
        return said.isEmpty() || said.equalsIgnoreCase("failed") ? words : words + " (it said: " + said + ")";
    }

    /** A certificate neither Java's authorities nor the user's pinned fingerprint vouch for, named by its fingerprint. */
    private String untrusted() {
        String seen = tls.seen();
        return "the server's TLS certificate is not trusted (self-signed, or issued by an authority Java does not"
                + " know), so Kith did not send the password" + (seen == null ? "" : "; its SHA-256 fingerprint is "
                + seen + ": if that is your server's certificate, add the source again with --tls-fingerprint " + seen);
    }

    /** A server that offers no sign-in by password (LOGINDISABLED, no AUTH=PLAIN or AUTH=LOGIN). */
    private String noPasswordSignIn() {
        return account.security() == ImapAccount.Security.NONE
                ? "the server accepts no password sign-in on an unencrypted connection: connect with TLS or"
                + " STARTTLS (and if it accepts only OAuth sign-in, as Microsoft 365 may, use an app password)"
                : "the server accepts no password sign-in, only OAuth (as Microsoft 365 and Gmail may): turn on"
                + " IMAP password access for the account, or create an app password and use it";
    }

    /** A server that went silent in mid-sync. */
    private String stopped() {
        return "the server stopped answering (nothing for " + seconds() + "); nothing of this sync was kept, the next"
                + " one starts where the last good one ended";
    }

    /** Why the connection or a command failed, in plain words. */
    private String reason(MessagingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return "connection refused";
            }
            if (t instanceof UnknownHostException) {
                return "unknown host " + t.getMessage();
            }
            if (t instanceof java.security.cert.CertPathBuilderException
                    || t instanceof java.security.cert.CertPathValidatorException) {
                return untrusted();
            }
            if (t instanceof java.io.IOException && String.valueOf(t.getMessage()).startsWith("Can't verify identity of server")
                    || t instanceof java.security.cert.CertificateException && String.valueOf(t.getMessage()).contains("match")) {
                return "the server's TLS certificate is for another host name than " + account.host();
            }
            if (t instanceof SSLException ssl) {
                String m = String.valueOf(ssl.getMessage());
                if (m.contains("plaintext") || m.contains("Unsupported or unrecognized SSL message")) {
                    return "the server at port " + account.port() + " does not speak TLS (on port 143, use STARTTLS)";
                }
                if (m.contains("PKIX") || m.contains("certification path")) {
                    return untrusted();
                }
                return "TLS failure (" + m + ")";
            }
            if (t instanceof java.net.SocketTimeoutException) {
                return stopped();
            }
        }
        String m = e.getMessage() == null ? "" : e.getMessage();
        // Angus words a lost connection as "* BYE Jakarta Mail Exception: java.net.SocketTimeoutException: …",
        // its cause only in the text
        if (m.contains("SocketTimeoutException") || m.contains("Read timed out")) {
            return stopped();
        }
        m = m.replaceAll("(Jakarta Mail Exception: )?([a-z]+\\.)+[A-Za-z]*(Exception|Error): ?", "").strip();
        if (m.contains("No login methods supported") || m.contains("No authentication mechanisms")) {
            return noPasswordSignIn();
        }
        if (m.contains("STARTTLS required but not supported")) {
            return "the server does not offer STARTTLS, so Kith did not send the password";
        }
        if (e instanceof FolderClosedException || e instanceof StoreClosedException
                || e.getCause() instanceof ConnectionException || m.contains("* BYE") || m.contains("BYE")) {
            String said = m.replace("* BYE", "").strip();
            return "the server closed the connection" + (said.isBlank() ? "" : " (" + said + ")")
                    + "; nothing of this sync was kept, the next one starts where the last good one ended";
        }
        return m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
