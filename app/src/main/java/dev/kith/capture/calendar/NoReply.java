package dev.kith.capture.calendar;

import java.util.regex.Pattern;

/**
 * Addresses that are no person: no-reply and notification senders, mailer daemons, and the
 * calendars Google gives rooms, groups and imports ({@code ...@resource.calendar.google.com}).
 */
final class NoReply {
    private static final Pattern LOCAL = Pattern.compile("^(no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply"
            + "|mailer[-_.]daemon|postmaster|bounces?|notifications?|calendar[-_.]notification|calendar|invitations?)"
            + "([-+._].*)?$");
    private static final Pattern DOMAIN = Pattern.compile("(^|\\.)(resource|group|group\\.v|import)\\.calendar\\.google\\.com$"
            + "|(^|\\.)calendar\\.google\\.com$|(^|\\.)calendar\\.outlook\\.com$");

    private NoReply() {
    }

    /** Whether {@code email} (lower-cased) belongs to a machine rather than a person. */
    static boolean matches(String email) {
        int at = email.lastIndexOf('@');
        if (at < 0) {
            return true;
        }
        return LOCAL.matcher(email.substring(0, at)).matches() || DOMAIN.matcher(email.substring(at + 1)).find();
    }
}
