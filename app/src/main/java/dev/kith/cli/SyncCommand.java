package dev.kith.cli;

import dev.kith.capture.CalendarSummary;
import dev.kith.capture.CaptureSummary;
import dev.kith.capture.SyncSource;
import dev.kith.capture.SyncSources;
import dev.kith.capture.mail.ImapAccount;
import dev.kith.capture.mail.SourceException;
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
        description = "Capture what is new in every live source (IMAP accounts, CalDAV and published calendars) of this"
                + " book, and sync its CardDAV address books both ways.",
        subcommands = {SyncCommand.Add.class, SyncCommand.ListSources.class, SyncCommand.Remove.class})
final class SyncCommand extends BookCommand {
    static SyncSources sources() {
        return new SyncSources(MailSettings.configFolder());
    }

    /** One source's outcome: its summary (a mail or a calendar summary), or why it failed. */
    record Outcome(String id, String kind, String source, Object summary, String error) {
        String inWords() {
            if (summary instanceof dev.kith.phonebook.PhonebookSummary phone) {
                return phone.inWords();
            }
            return summary instanceof CaptureSummary mail ? mail.inWords() : ((CalendarSummary) summary).inWords();
        }
    }

    @Override
    void execute(Session session) {
        List<SyncSource> mine = sources().list().stream().filter(s -> s.book().equals(session.book().name())).toList();
        List<Outcome> outcomes = new ArrayList<>();
        for (SyncSource s : mine) {
            try {
                Object summary = switch (s.kind()) {
                    case "imap" -> session.book().capture().sync(s);
                    case "carddav" -> session.book().phonebook().sync(phonebookSource(s));
                    default -> session.book().capture().syncCalendar(s);
                };
                outcomes.add(new Outcome(s.id(), s.kind(), s.label(), summary, null));
            } catch (SourceException e) {
                outcomes.add(new Outcome(s.id(), s.kind(), s.label(), null, e.reason())); // the label is printed beside it
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
        List<String> failed = outcomes.stream().filter(o -> o.error() != null).map(o -> o.source() + ": " + o.error())
                .toList();
        if (!failed.isEmpty()) {
            session.out().flush();
            throw new KithException(failed.size() + (failed.size() == 1 ? " source" : " sources") + " failed: "
                    + String.join("; ", failed));
        }
    }

    static dev.kith.phonebook.PhonebookSource phonebookSource(SyncSource s) {
        return new dev.kith.phonebook.PhonebookSource(s.id(), s.url(), s.user(), s.password(),
                dev.kith.phonebook.PushScope.parse(s.push()), Boolean.TRUE.equals(s.propagateArchive()));
    }

    /** {@code kith sync add imap ...}: stores an IMAP account, its password in the private sources file. */
    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a live source: imap, caldav, ics or carddav.")
    static final class Add extends BookCommand {
        @Parameters(index = "0", paramLabel = "KIND", description = "imap, caldav (a calendar collection), ics"
                + " (a published calendar) or carddav (an address book, synced both ways).")
        String kind;

        @Option(names = "--host", paramLabel = "HOST", description = "The IMAP server (imap).")
        String host;

        @Option(names = "--url", paramLabel = "URL", description = "The calendar's address (caldav, ics), or the"
                + " address book's or its server's (carddav).")
        java.net.URI url;

        @Option(names = "--port", paramLabel = "PORT", description = "Default: 993 with tls, else 143.")
        Integer port;

        @Option(names = "--security", paramLabel = "tls|starttls|none", defaultValue = "tls",
                description = "How the connection is secured (default: ${DEFAULT-VALUE}).")
        String security;

        @Option(names = "--user", paramLabel = "USER", description = "The user name (imap, caldav, carddav).")
        String user;

        @Option(names = "--password-stdin", description = "Read the password from standard input (imap, caldav, carddav).")
        boolean passwordStdin;

        @Option(names = "--folders", split = ",", paramLabel = "FOLDER[,FOLDER...]",
                description = "Folders to read (default: INBOX and the sent folder).")
        List<String> folders;

        @Option(names = "--tls-fingerprint", paramLabel = "SHA256", description = "Trust the IMAP server's"
                + " self-signed certificate with this SHA-256 fingerprint (the one 'kith sync' names when it refuses"
                + " it); default: only certificates Java's authorities vouch for.")
        String tlsFingerprint;

        @Option(names = "--push", paramLabel = "circle:NAME,tag:NAME", description = "Which Kith contacts go to the"
                + " address book (carddav): the union of these circles and tags (default: all).")
        String push;

        @Option(names = "--propagate-archive", description = "Archiving a person in Kith deletes their card from the"
                + " address book (carddav; default: the card stays).")
        boolean propagateArchive;

        @Override
        void execute(Session session) {
            String k = kind.strip().toLowerCase(java.util.Locale.ROOT);
            if (k.equals("carddav")) {
                addCardDav(session);
                return;
            }
            if (k.equals("caldav") || k.equals("ics")) {
                addCalendar(session, k);
                return;
            }
            if (!k.equals("imap")) {
                throw new dev.kith.core.ValidationException("kind", "must be imap, caldav, ics or carddav, not '" + kind + "'");
            }
            require(host, "host", "imap");
            require(user, "user", "imap");
            require(passwordStdin ? "" : null, "password-stdin", "imap");
            ImapAccount.Security secured = ImapAccount.Security.parse(security);
            int p = port != null ? port : secured == ImapAccount.Security.TLS ? 993 : 143;
            ImapAccount account = new ImapAccount(host, p, secured, user, folders, tlsFingerprint);
            SyncSource added = sources().add(session.book().name(), account, password());
            print(session, added);
            if (secured == ImapAccount.Security.NONE && !loopback(account.host()) && !session.json()) {
                session.out().println("Note: with --security none the password goes to " + account.host()
                        + " unencrypted; use tls or starttls unless the server is on this machine.");
            }
        }

        /** Whether {@code host} names this machine (no lookup: a name is taken as written). */
        static boolean loopback(String host) {
            String h = host.toLowerCase(java.util.Locale.ROOT).replace("[", "").replace("]", "");
            return h.equals("localhost") || h.endsWith(".localhost") || h.startsWith("127.") || h.equals("::1");
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

        private void addCardDav(Session session) {
            require(url, "url", "carddav");
            if (user != null) {
                require(passwordStdin ? "" : null, "password-stdin", "carddav with --user");
            }
            dev.kith.phonebook.PushScope scope = dev.kith.phonebook.PushScope.parse(push);
            SyncSource added = sources().addCardDav(session.book().name(), url, user, passwordStdin ? password() : null,
                    scope.toString(), propagateArchive);
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
                if (s.kind().equals("carddav")) {
                    table.row(s.id(), s.kind(), s.book(), (s.user() == null ? "" : s.user() + " at ") + s.url(), "",
                            "sends " + s.push() + (Boolean.TRUE.equals(s.propagateArchive()) ? "; archive deletes" : ""));
                    continue;
                }
                if (s.account() == null) {
                    table.row(s.id(), s.kind(), s.book(), (s.user() == null ? "" : s.user() + " at ") + s.url(), "", "");
                    continue;
                }
                table.row(s.id(), s.kind(), s.book(), s.account().user() + "@" + s.account().host() + ":"
                        + s.account().port(), s.account().security().code()
                        + (s.account().tlsFingerprint() == null ? "" : " (pinned certificate)"),
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
            if (gone.kind().equals("carddav")) {
                session.book().phonebook().forget(gone.id());
            } else {
                session.book().capture().forget(gone.id());
            }
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
