package dev.kith.io.mail;

import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;

/**
 * Sends one plain-text UTF-8 message through the configured SMTP server, with 10-second timeouts.
 * Returns only when the server has accepted the message; any failure is a {@link NotSentException}
 * with the server's reason. Thread-safe.
 */
public final class Mailer {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final MailConfig config;
    private final String timeout;

    public Mailer(MailConfig config) {
        this(config, TIMEOUT);
    }

    /** A mailer whose connect, read and write each give up after {@code timeout} (tests). */
    Mailer(MailConfig config, Duration timeout) {
        this.config = config;
        this.timeout = Long.toString(timeout.toMillis());
    }

    /** One addressee of a message: a name shown beside the address, and the address. */
    public record Recipient(String name, String address) {
    }

    public void send(String toName, String toAddress, String subject, String body) {
        send(java.util.List.of(new Recipient(toName, toAddress)), subject, body);
    }

    /** Sends one message addressed to all of {@code to} (an introduction goes to both people at once). */
    public void send(java.util.List<Recipient> to, String subject, String body) {
        String addresses = String.join(", ", to.stream().map(Recipient::address).toList());
        Properties p = new Properties();
        p.setProperty("mail.smtp.host", config.host());
        p.setProperty("mail.smtp.port", Integer.toString(config.port()));
        p.setProperty("mail.smtp.auth", Boolean.toString(config.user() != null));
        p.setProperty("mail.smtp.starttls.enable", Boolean.toString(config.starttls()));
        p.setProperty("mail.smtp.starttls.required", Boolean.toString(config.starttls()));
        p.setProperty("mail.smtp.connectiontimeout", timeout);
        p.setProperty("mail.smtp.timeout", timeout);
        p.setProperty("mail.smtp.writetimeout", timeout);
        Session session = Session.getInstance(p, config.user() == null ? null : new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(config.user(), config.password() == null ? "" : config.password());
            }
        });
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(config.from()));
            InternetAddress[] recipients = new InternetAddress[to.size()];
            for (int i = 0; i < recipients.length; i++) {
                recipients[i] = new InternetAddress(to.get(i).address(), to.get(i).name(), StandardCharsets.UTF_8.name());
            }
            message.setRecipients(MimeMessage.RecipientType.TO, recipients);
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setText(body, StandardCharsets.UTF_8.name());
            message.setSentDate(Date.from(Instant.now()));
            Transport.send(message);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new NotSentException("could not send the email to " + addresses + " through " + config.host() + ":"
                    + config.port() + ": " + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root + ")";
    }
}
