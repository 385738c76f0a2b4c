package dev.kith.cli;

import dev.kith.access.LocalKeys;
import dev.kith.io.mail.MailSettings;
import dev.kith.store.Database;
import dev.kith.web.WebOptions;
import dev.kith.web.WebServer;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kith serve}: the web app and REST API until interrupted. The personal server serves one book
 * and prints its address with the secret; {@code --team} serves every account's private book.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve Kith in the browser and as a REST API (Ctrl-C stops).")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "PORT", defaultValue = "7070",
            description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = WebOptions.DEFAULT_HOST,
            description = "Interface to bind (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--team", description = "Serve a team: accounts sign in (kith user add), each with a private book.")
    boolean team;

    @Option(names = "--public-url", paramLabel = "URL", description = "The address people open when a reverse proxy"
            + " (terminating TLS) is in front, such as https://kith.example.org.")
    String publicUrl;

    @Option(names = "--plan-wait", paramLabel = "MS", defaultValue = "250", description = "After a change, how long"
            + " the Today page waits for the plan being recomputed before it shows the last one, with what you did since"
            + " applied (default: ${DEFAULT-VALUE} ms). A book whose recompute takes longer shows the last plan at once.")
    long planWaitMillis;

    @Option(names = "--max-upload", paramLabel = "SIZE", defaultValue = "4g", converter = ByteSize.class,
            description = "The largest file the Import page takes, such as a Takeout mailbox: bytes, or with k, m or g"
                    + " (default: ${DEFAULT-VALUE}). Larger mailboxes: kith import FILE.")
    long maxUpload;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        WebOptions options = new WebOptions(host, port, publicUrl).withPlanWait(java.time.Duration.ofMillis(planWaitMillis))
                .withUploads(maxUpload, null);
        PrintWriter out = spec.commandLine().getOut();
        if (team) {
            try (Database db = Session.openDatabase(spec)) {
                serve(WebServer.team(db, Session.clock(spec), options, MailSettings.configFolder()), options, out,
                        "Kith (team) is running at ");
            }
        } else {
            try (Session session = Session.open(spec)) {
                serve(WebServer.start(session.book(), options), options, out, "Kith is running; open ");
            }
        }
        return 0;
    }

    private void serve(WebServer server, WebOptions options, PrintWriter out, String lead) {
        CountDownLatch stopped = new CountDownLatch(1);
        try (server) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                stopped.countDown();
            }));
            String address = publicUrl != null ? publicUrl.replaceAll("/+$", "") + "/" : server.url();
            out.println(lead + (team ? address : address + "?token=" + new LocalKeys(MailSettings.configFolder()).secret())
                    + " (Ctrl-C stops)");
            if (options.exposed() && (publicUrl == null || !publicUrl.startsWith("https:"))) {
                spec.commandLine().getErr().println("Warning: " + host + " is reachable from other machines, and"
                        + " passwords, sessions and your book would cross the network unencrypted. Put a reverse"
                        + " proxy with TLS in front and pass --public-url https://… (see the README).");
                spec.commandLine().getErr().flush();
            }
            out.flush();
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
