package dev.kith.cli;

import dev.kith.capture.CaptureSummary;
import dev.kith.capture.SyncSource;
import dev.kith.capture.SyncSources;
import dev.kith.capture.mail.ImapAccount;
import dev.kith.core.KithException;
import dev.kith.io.mail.MailSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
        description = "Capture what is new in every live source (IMAP accounts) of this book.",
        subcommands = {SyncCommand.Add.class, SyncCommand.ListSources.class, SyncCommand.Remove.class})
final class SyncCommand extends BookCommand {
    static SyncSources sources() {
        return new SyncSources(MailSettings.configFolder());
    }

    /** One source's outcome: its summary, or why it failed. */
    record Outcome(String id, String kind, String source, CaptureSummary summary, String error) {
    }

    @Override
    void execute(Session session) {
        List<SyncSource> mine = sources().list().stream().filter(s -> s.book().equals(session.book().name())).toList();
        List<Outcome> outcomes = new ArrayList<>();
        for (SyncSource s : mine) {
            try {
                outcomes.add(new Outcome(s.id(), s.kind(), s.account().label(), session.book().capture().sync(s), null));
            } catch (KithException e) {
                outcomes.add(new Outcome(s.id(), s.kind(), s.account().label(), null, e.getMessage()));
            }
        }
        if (session.json()) {
            session.printJson(outcomes);
        } else if (outcomes.isEmpty()) {
            session.out().println("No sources to sync; add one with: kith sync add imap --host H --user U --password-stdin");
        } else {
            for (Outcome o : outcomes) {
                session.out().println(o.error() == null ? o.source() + ": " + o.summary().inWords()
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
    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a live source: imap.")
    static final class Add extends BookCommand {
        @Parameters(index = "0", paramLabel = "KIND", description = "imap.")
        String kind;

        @Option(names = "--host", required = true, paramLabel = "HOST", description = "The IMAP server.")
        String host;

        @Option(names = "--port", paramLabel = "PORT", description = "Default: 993 with tls, else 143.")
        Integer port;

        @Option(names = "--security", paramLabel = "tls|starttls|none", defaultValue = "tls",
                description = "How the connection is secured (default: ${DEFAULT-VALUE}).")
        String security;

        @Option(names = "--user", required = true, paramLabel = "USER", description = "The user name.")
        String user;

        @Option(names = "--password-stdin", required = true, description = "Read the password from standard input.")
        boolean passwordStdin;

        @Option(names = "--folders", split = ",", paramLabel = "FOLDER[,FOLDER...]",
                description = "Folders to read (default: INBOX and the sent folder).")
        List<String> folders;

        @Override
        void execute(Session session) {
            if (!kind.equalsIgnoreCase("imap")) {
                throw new dev.kith.core.ValidationException("kind", "must be imap, not '" + kind + "'");
            }
            ImapAccount.Security secured = ImapAccount.Security.parse(security);
            int p = port != null ? port : secured == ImapAccount.Security.TLS ? 993 : 143;
            ImapAccount account = new ImapAccount(host, p, secured, user, folders);
            String password;
            try {
                password = new String(System.in.readAllBytes(), StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new KithException("cannot read the password from stdin: " + e.getMessage(), e);
            }
            SyncSource added = sources().add(session.book().name(), account, password);
            if (session.json()) {
                session.printJson(added);
            } else {
                session.out().println("Added source " + added.id() + ": " + account.label() + "; run: kith sync");
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
            Table table = new Table("ID", "KIND", "BOOK", "ACCOUNT", "SECURITY", "FOLDERS");
            for (SyncSource s : all) {
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
                session.out().println("Removed source " + gone.id() + ": " + gone.account().label());
            }
        }
    }
}
