package dev.kith.cli;

import dev.kith.web.WebOptions;
import dev.kith.web.WebServer;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kith serve}: the web app and REST API on localhost until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve Kith in the browser and as a REST API (Ctrl-C stops).")
final class ServeCommand extends BookCommand {
    @Option(names = "--port", paramLabel = "PORT", defaultValue = "7070",
            description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = WebOptions.DEFAULT_HOST,
            description = "Interface to bind (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Override
    void execute(Session session) {
        CountDownLatch stopped = new CountDownLatch(1);
        try (WebServer server = WebServer.start(session.book(), new WebOptions(host, port))) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                stopped.countDown();
            }));
            session.out().println("Kith is running at " + server.url() + " (Ctrl-C stops)");
            session.out().flush();
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
