package dev.kith.cli;

import dev.kith.capture.CalendarSummary;
import dev.kith.capture.CaptureSummary;
import dev.kith.capture.SyncSource;
import dev.kith.capture.SyncSources;
import dev.kith.capture.mail.ImapAccount;
import dev.kith.core.KithException;
import dev.kith.io.mail.MailSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kith sync}: captures what is new in every live source of this book; a source that fails says
 * which and why, leaves the book as it was, and the others still sync (exit 1 if any failed).
 */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = "Capture what is new in every live source (IMAP accounts, CalDAV and published calendars) of this book.",
        subcommands = {SyncCommand.Add.class, SyncCommand.ListSources.class, SyncCommand.Remove.class})
final class SyncCommand extends BookCommand {
    static SyncSources sources() {
        return new SyncSources(MailSettings.configFolder());
    }

    /** One source's outcome: its summary (a mail or a calendar summary), or why it failed. */
    record Outcome(String id, String kind, String source, Object summary, String error) {
        String inWords() {
            return summary instanceof CaptureSummary mail ? mail.inWords() : ((CalendarSummary) summary).inWords();
        }
    }

    @Override
    void execute(Session session) {
        List<SyncSource> mine = sources().list().stream().filter(s -> s.book().equals(session.book().name())).toList();
        List<Outcome> outcomes = new ArrayList<>();
        for (SyncSource s : mine) {
            try {
                Object summary = s.kind().equals("imap") ? session.book().capture().sync(s)
                        : session.book().capture().syncCalendar(s);
                outcomes.add(new Outcome(s.id(), s.kind(), s.label(), summary, null));
            } catch (KithException e) {
                outcomes.add(new Outcome(s.id(), s.kind(), s.label(), null, e.getMessage()));
            }
        }
        if (session.json()) {
            session.printJson(outcomes);
        } else if (outcomes.isEmpty()) {
            session.out().println("No sources to sync; add one with: kith sync add imap --host H --user U --password-stdin");
        } else {
            for (Outcome o : outcomes) {
                session.out().println(o.error() == null ? o.source() + ": " + o.inWords()
                        : o.source() + ": FAILED: " + o.error());
            }
        }
        List<String> failed = outcomes.stream().filter(o -> o.error() != null).map(Outcome::error).toList();
        if (!failed.isEmpty()) {
            session.out().flush();
            throw new KithException(failed.size() + (failed.size() == 1 ? " source" : " sources") + " failed: "
                    + String.join("; ", failed));
        }
    }

    /** {@code kith sync add imap ...}: stores an IMAP account, its password in the private sources file. */
    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a live source: imap, caldav or ics.")
    static final class Add extends BookCommand {
        @Parameters(index = "0", paramLabel = "KIND", description = "imap, caldav (a calendar collection) or ics"
                + " (a published calendar).")
        String kind;

        @Option(names = "--host", paramLabel = "HOST", description = "The IMAP server (imap).")
        String host;

        @Option(names = "--url", paramLabel = "URL", description = "The calendar's address (caldav, ics).")
        java.net.URI url;

        @Option(names = "--port", paramLabel = "PORT", description = "Default: 993 with tls, else 143.")
        Integer port;

        @Option(names = "--security", paramLabel = "tls|starttls|none", defaultValue = "tls",
                description = "How the connection is secured (default: ${DEFAULT-VALUE}).")
        String security;

        @Option(names = "--user", paramLabel = "USER", description = "The user name (imap, caldav).")
        String user;

        @Option(names = "--password-stdin", description = "Read the password from standard input (imap, caldav).")
        boolean passwordStdin;

        @Option(names = "--folders", split = ",", paramLabel = "FOLDER[,FOLDER...]",
                description = "Folders to read (default: INBOX and the sent folder).")
        List<String> folders;

        @Override
        void execute(Session session) {
            String k = kind.strip().toLowerCase(java.util.Locale.ROOT);
            if (k.equals("caldav") || k.equals("ics")) {
                addCalendar(session, k);
                return;
            }
            if (!k.equals("imap")) {
                throw new dev.kith.core.ValidationException("kind", "must be imap, caldav or ics, not '" + kind + "'");
            }
            require(host, "host", "imap");
            require(user, "user", "imap");
            require(passwordStdin ? "" : null, "password-stdin", "imap");
            ImapAccount.Security secured = ImapAccount.Security.parse(security);
            int p = port != null ? port : secured == ImapAccount.Security.TLS ? 993 : 143;
            ImapAccount account = new ImapAccount(host, p, secured, user, folders);
            SyncSource added = sources().add(session.book().name(), account, password());
            print(session, added);
        }

        private void addCalendar(Session session, String k) {
            require(url, "url", k);
            if (k.equals("caldav") && user != null) {
                require(passwordStdin ? "" : null, "password-stdin", "caldav with --user");
            }
            SyncSource added = sources().addCalendar(session.book().name(), k, url, user,
                    passwordStdin ? password() : null);
            print(session, added);
        }

        private static void require(Object value, String option, String kind) {
            if (value == null) {
                throw new dev.kith.core.ValidationException(option, "is needed for " + kind);
            }
        }

        private static String password() {
            return Passwords.fromStdin(System.in);
        }

        private static void print(Session session, SyncSource added) {
            if (session.json()) {
                session.printJson(added);
            } else {
                session.out().println("Added source " + added.id() + ": " + added.label() + "; run: kith sync");
            }
        }
    }

    /** {@code kith sync list}: the sources, never their passwords. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the live sources (no passwords).")
    static final class ListSources extends BookCommand {
        @Override
        void execute(Session session) {
            List<SyncSource> all = sources().list();
            if (session.json()) {
                session.printJson(all);
                return;
            }
            Table table = new Table("ID", "KIND", "BOOK", "WHERE", "SECURITY", "FOLDERS");
            for (SyncSource s : all) {
                if (s.account() == null) {
                    table.row(s.id(), s.kind(), s.book(), (s.user() == null ? "" : s.user() + " at ") + s.url(), "", "");
                    continue;
                }
                table.row(s.id(), s.kind(), s.book(), s.account().user() + "@" + s.account().host() + ":"
                        + s.account().port(), s.account().security().code(),
                        s.account().folders().isEmpty() ? "INBOX, sent" : String.join(", ", s.account().folders()));
            }
            table.print(session.out());
        }
    }

    /** {@code kith sync remove ID}. */
    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a live source and its password.")
    static final class Remove extends BookCommand {
        @Parameters(index = "0", paramLabel = "ID", description = "The id 'kith sync list' shows.")
        String id;

        @Override
        void execute(Session session) {
            SyncSource gone = sources().remove(id);
            session.book().capture().forget(gone.id());
            Map<String, String> answer = new LinkedHashMap<>();
            answer.put("removed", gone.id());
            if (session.json()) {
                session.printJson(answer);
            } else {
                session.out().println("Removed source " + gone.id() + ": " + gone.label());
            }
        }
    }
}
