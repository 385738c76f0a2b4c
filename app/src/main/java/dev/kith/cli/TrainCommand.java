package dev.kith.cli;

import dev.kith.app.Kith;
import dev.kith.contacts.ContactFilter;
import dev.kith.contacts.ContactSummary;
import dev.kith.io.ImportFormat;
import dev.kith.io.Progress;
import dev.kith.io.SampleImports;
import dev.kith.io.imports.Importer;
import dev.kith.today.Today;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine.Command;

/**
 * Hidden: the representative run the launcher trains its start-up cache on (JDK 25 AOT cache) — the
 * contact list, a contact, search and Today, each written as JSON to nowhere, then a LinkedIn and a
 * vCard import as dry runs. Use with {@code --demo}.
 * With {@code --serve}, the web app's instead: a server on a free loopback port, asked for its main
 * pages and API, then stopped.
 */
@Command(name = "train-start-up-cache", hidden = true, description = "Exercise the common paths once (for the launcher).")
final class TrainCommand extends BookCommand {
    @picocli.CommandLine.Option(names = "--serve", description = "Train the web server's start instead.")
    boolean serve;

    @Override
    void execute(Session session) {
        Kith book = session.book();
        if (serve) {
            serve(book);
            return;
        }
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        List<ContactSummary> all = book.contacts().list(ContactFilter.ALL_ACTIVE);
        Json.write(all, nowhere);
        if (!all.isEmpty()) {
            Json.write(ContactView.of(book, book.contacts().get(all.get(0).id())), nowhere);
            Json.write(book.search().search(all.get(0).name(), 20), nowhere);
        }
        Json.write(book.today().plan(Today.DEFAULT_SIZE), nowhere);
        Json.write(book.today().due(), nowhere);
        importDryRuns(book, nowhere);
        commands(book);
    }

    /**
     * The commonest commands as a user runs them, through the command line (options, the session,
     * their JSON views), each on a demo book of its own, output discarded.
     */
    private static void commands(Kith book) {
        String today = book.clock().today().toString();
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        for (List<String> command : List.of(List.of("today", "--json"), List.of("today"), List.of("due", "--json"),
                List.of("contacts", "list", "--json"))) {
            List<String> args = new java.util.ArrayList<>(List.of("--demo", "--today", today));
            args.addAll(command);
            String[] array = args.toArray(String[]::new);
            picocli.CommandLine cl = Main.commandLine(array);
            cl.setOut(nowhere);
            cl.setErr(nowhere);
            cl.execute(array);
        }
    }

    /**
     * The import path (parsing, merging, bulk insert, search indexing) on small generated files, as
     * dry runs: rolled back, so the book is left as it was.
     */
    private static void importDryRuns(Kith book, PrintWriter nowhere) {
        for (ImportFormat format : List.of(ImportFormat.LINKEDIN, ImportFormat.VCARD)) {
            byte[] bytes = SampleImports.text(format, 400).getBytes(StandardCharsets.UTF_8);
            Json.write(new Importer(book.book(), book.contacts(), book.milestones())
                    .run(format, "training", bytes, true, Progress.NONE), nowhere);
        }
    }

    private static void serve(Kith book) {
        java.nio.file.Path config = null;
        try {
            // a throw-away config folder: training never makes a secret in the user's own
            config = java.nio.file.Files.createTempDirectory("kith-train");
            String secret = new dev.kith.access.LocalKeys(config).secret();
            try (var server = dev.kith.web.WebServer.start(book, dev.kith.web.WebOptions.local(0),
                    new dev.kith.io.mail.MailSettings(config))) {
                var http = java.net.http.HttpClient.newHttpClient();
                for (String path : List.of("/", "/contacts", "/api/v1/contacts?q=ana", "/api/v1/today", "/network",
                        "/api/v1/network", "/settings", "/import")) {
                    var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url() + path.substring(1)))
                            .header("Authorization", "Bearer " + secret).GET().build();
                    http.send(request, java.net.http.HttpResponse.BodyHandlers.discarding());
                }
            }
        } catch (java.io.IOException e) {
            throw new dev.kith.core.KithException("training the web start failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            deleteQuietly(config);
        }
    }

    private static void deleteQuietly(java.nio.file.Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = java.nio.file.Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException ignored) {
            // a temporary folder; the OS cleans it up
        }
    }
}
