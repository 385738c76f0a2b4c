package dev.kith.capture.mail;

import java.util.Locale;
import java.util.regex.Pattern;

/** Tells person mail from list, bulk, automatic and no-reply mail by header fields, sender and subject. */
public final class Classifier {
    /** Machine words anywhere in a local part: {@code comments-noreply}, {@code calendar-notification}. */
    private static final Pattern NO_REPLY_WORD = Pattern.compile("[^@]*[-+._](?:no[-_.]?reply|do[-_.]?not[-_.]?reply"
            + "|notifications?|bounces?)(?:[-+._].*)?");
    private static final Pattern NO_REPLY = Pattern.compile("(?:no[-_.]?reply|do[-_.]?not[-_.]?reply"
            + "|notifications?|notify|mailer[-_]daemon|postmaster|bounces?|newsletters?|mailer)(?:[-+._].*)?");
    private static final Pattern AUTOMATIC_SUBJECT = Pattern.compile("(?iu)^\\s*(?:automatic reply|auto[- ]?reply"
            + "|autoreply|auto[- ]?response|out of (?:the )?office(?: reply| autoreply)?|autosvar|automatisk svar"
            + "|fraværende|abwesenheitsnotiz|automatische antwort|réponse automatique|respuesta automática"
            + "|risposta automatica|automatisch antwoord|automaattinen vastaus|undeliverable|undelivered mail"
            + "|delivery status notification|mail delivery failed|returned mail)\\s*(?::|\\(|$|-)");
    /** What calendar programs (Google, Outlook, Apple) put before the title of an invitation or an answer to one. */
    private static final Pattern CALENDAR_SUBJECT = Pattern.compile("(?iu)^\\s*(?:(?:accepted|declined"
            + "|tentatively accepted|tentative|canceled event|cancelled event|canceled|cancelled|event canceled"
            + "|new time proposed|proposed new time)\\s*:|(?:invitation|updated invitation(?: with note)?"
            + "|invitation from google calendar)\\s*:.* @ )");

    private Classifier() {
    }

    /** The kind of a message with these fields, sender and (decoded) subject. */
    public static MailClass classify(Headers h, Address from, String subject) {
        if (h.has("x-mozilla-draft-info") || lower(h.get("x-uniform-type-identifier")).equals("com.apple.mail-draft")
                || labelled(h.get("x-gmail-labels"), "drafts") || labelled(h.get("x-gmail-labels"), "draft")) {
            return MailClass.DRAFT;
        }
        if (expunged(h.get("x-mozilla-status")) || labelled(h.get("x-gmail-labels"), "trash")) {
            return MailClass.DELETED;
        }
        String precedence = lower(h.get("precedence"));
        if (h.has("list-id") || h.has("list-post") || h.has("mailing-list") || h.has("x-mailing-list")
                || precedence.equals("list")) {
            return MailClass.LIST;
        }
        if (precedence.equals("bulk") || precedence.equals("junk") || h.has("list-unsubscribe")
                || lower(h.get("x-spam-flag")).equals("yes") || labelled(h.get("x-gmail-labels"), "spam")) {
            return MailClass.BULK;
        }
        String autoSubmitted = lower(h.get("auto-submitted"));
        if (!autoSubmitted.isEmpty() && !autoSubmitted.startsWith("no") || h.has("x-autoreply")
                || h.has("x-autorespond") || h.has("x-auto-reply") || "<>".equals(h.get("return-path"))
                || lower(h.get("content-type")).startsWith("multipart/report")
                || subject != null && AUTOMATIC_SUBJECT.matcher(subject).find() || calendar(h, subject)) {
            return MailClass.AUTOMATIC;
        }
        if (noReply(from.email())) {
            return MailClass.NO_REPLY;
        }
        return MailClass.PERSON;
    }

    /** Whether {@code email} is a no-reply, notification or mail-system address (noreply@, postmaster@...). */
    public static boolean noReply(String email) {
        int at = email.indexOf('@');
        String local = (at < 0 ? email : email.substring(0, at)).toLowerCase(Locale.ROOT);
        return NO_REPLY.matcher(local).matches() || NO_REPLY_WORD.matcher(local).matches();
    }

    /**
     * Whether this is an invitation or an answer to one, sent by a calendar program: a calendar body or
     * Outlook's calendar message class, a notification address as Sender (Google Calendar sends for the
     * organizer), or a calendar prefix before the subject. The meeting itself is captured from the calendar.
     */
    private static boolean calendar(Headers h, String subject) {
        String sender = h.get("sender");
        int lt = sender == null ? -1 : sender.lastIndexOf('<');
        String senderEmail = sender == null ? "" : lt >= 0 ? sender.substring(lt + 1).replace(">", "").trim()
                : sender.trim();
        return lower(h.get("content-type")).startsWith("text/calendar")
                || lower(h.get("content-class")).contains("calendarmessage")
                || !senderEmail.isEmpty() && noReply(senderEmail)
                || subject != null && CALENDAR_SUBJECT.matcher(subject).find();
    }

    /** Whether Thunderbird's {@code X-Mozilla-Status} (four hex digits) carries the expunged flag, 0x0008. */
    static boolean expunged(String status) {
        if (status == null || status.isBlank() || status.strip().length() > 8) {
            return false;
        }
        try {
            return (Integer.parseUnsignedInt(status.strip(), 16) & 0x0008) != 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Whether a comma-separated list of Gmail labels holds {@code label} (any case, quotes ignored). */
    static boolean labelled(String labels, String label) {
        if (labels == null) {
            return false;
        }
        for (String l : labels.split(",")) {
            if (l.trim().replace("\"", "").equalsIgnoreCase(label)) {
                return true;
            }
        }
        return false;
    }

    private static String lower(String s) {
        return s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
    }
}
