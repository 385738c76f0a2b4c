package dev.kith.capture;

import dev.kith.capture.mail.Address;
import dev.kith.capture.mail.MailMessage;
import dev.kith.capture.mail.Subjects;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A person message as stored: its keys, its side (mine or theirs), whether it is addressed To me, how
 * many people besides me take part, and its recipients. Built against my addresses at capture time; a
 * message the source filed as sent (Gmail's Sent label) is mine even from an address I did not declare.
 */
record MessageRow(String key, String threadKey, String subjectKey, long sentAt, String fromEmail, String fromName,
                  boolean mine, boolean toMe, int others, String subject, String snippet, String source,
                  List<Recipient> recipients) {

    /** A conversation with me has 1 to this many participants besides me; larger ones are neither logged nor owed. */
    static final int SMALL_GROUP = 5;

    /** One To, Cc or Bcc address of a message. */
    record Recipient(String email, String name, String role) {
    }

    static MessageRow of(MailMessage m, Set<String> me, String source) {
        String from = m.from().email();
        boolean mine = me.contains(from) || m.labelledSent();
        Set<String> participants = new LinkedHashSet<>();
        if (!mine) {
            participants.add(from);
        }
        Map<String, Recipient> recipients = new LinkedHashMap<>();
        add(recipients, participants, m.to(), "to", me);
        add(recipients, participants, m.cc(), "cc", me);
        add(recipients, participants, m.bcc(), "bcc", me);
        boolean toMe = m.to().stream().anyMatch(a -> me.contains(a.email()));
        String key = m.key();
        String threadKey = m.threadRoot() != null ? m.threadRoot() : key;
        StringBuilder subjectKey = new StringBuilder(Subjects.normalize(m.subject()));
        new TreeSet<>(participants).forEach(p -> subjectKey.append('\n').append(p));
        return new MessageRow(key, threadKey, "s:" + MailMessage.hash(subjectKey.toString()), m.sentAt().getEpochSecond(),
                from, m.from().name(), mine, toMe, participants.size(), m.subject(), m.snippet(), source,
                new ArrayList<>(recipients.values()));
    }

    private static void add(Map<String, Recipient> recipients, Set<String> participants, List<Address> addresses,
                            String role, Set<String> me) {
        for (Address a : addresses) {
            recipients.putIfAbsent(a.email(), new Recipient(a.email(), a.name(), role));
            if (!me.contains(a.email())) {
                participants.add(a.email());
            }
        }
    }
}
