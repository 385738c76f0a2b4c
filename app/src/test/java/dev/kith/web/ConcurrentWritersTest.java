package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.cli.Main;
import dev.kith.contacts.ContactFilter;
import dev.kith.contacts.ContactSummary;
import dev.kith.core.KithClock;
import dev.kith.store.BothDatabases;
import dev.kith.store.Database;
import dev.kith.store.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import picocli.CommandLine;

/**
 * Writers at the same time on one database lose and duplicate nothing: two team servers, each with
 * its own connection pool, on one database; and {@code kith} commands beside a running server on
 * one SQLite file.
 */
class ConcurrentWritersTest {
    private static final int WRITERS = 4;
    private static final int EACH = 15;

    @BothDatabases
    void twoServersOnOneDatabaseLoseAndDuplicateNothing(TestDatabase db) throws Exception {
        try (TeamFixture t = new TeamFixture(db);
             Database second = Database.open(db.spec());
             WebServer other = WebServer.team(second, KithClock.fixed(WebFixture.TODAY), t.time, WebOptions.local(0),
                     t.config)) {
            String alice = t.signIn("alice");
            List<String> expected = new ArrayList<>();
            List<Callable<Void>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                WebServer on = w % 2 == 0 ? t.server : other;
                String prefix = (w % 2 == 0 ? "First" : "Second") + " Writer" + (char) ('A' + w);
                IntStream.range(0, EACH).forEach(i -> expected.add(prefix + " " + i));
                writers.add(() -> {
                    for (int i = 0; i < EACH; i++) {
                        HttpResponse<String> r = t.as(on, alice, "POST", "/api/v1/contacts",
                                "{\"name\": \"" + prefix + " " + i + "\", \"tags\": [\"w" + prefix.hashCode() + "\"]}");
                        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
                        long id = WebJson.MAPPER.readTree(r.body()).get("id").asLong();
                        HttpResponse<String> logged = t.as(on, alice, "POST", "/api/v1/interactions",
                                "{\"date\": \"2026-11-14\", \"kind\": \"call\", \"initiator\": \"me\", \"people\": [" + id + "]}");
                        assertThat(logged.statusCode()).as(logged.body()).isEqualTo(201);
                    }
                    return null;
                });
            }
            runAll(writers);
            var book = t.book("alice");
            List<ContactSummary> contacts = book.contacts().list(ContactFilter.ALL_ACTIVE);
            assertThat(contacts).extracting(ContactSummary::name).containsExactlyInAnyOrderElementsOf(expected);
            for (ContactSummary c : contacts) {
                assertThat(book.interactions().countWith(c.id())).as(c.name()).isEqualTo(1);
            }
            assertThat(t.book("bob").contacts().list(ContactFilter.ALL_ACTIVE)).isEmpty();
        }
    }

    @BothDatabases
    void commandsBesideARunningServerLoseAndDuplicateNothing(TestDatabase db) throws Exception {
        try (WebFixture web = new WebFixture(db)) {
            List<String> expected = new ArrayList<>();
            List<Callable<Void>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                boolean cli = w % 2 == 0;
                String prefix = (cli ? "Cli" : "Web") + " Writer" + (char) ('A' + w);
                IntStream.range(0, EACH).forEach(i -> expected.add(prefix + " " + i));
                writers.add(() -> {
                    for (int i = 0; i < EACH; i++) {
                        String name = prefix + " " + i;
                        if (cli) {
                            StringWriter err = new StringWriter();
                            CommandLine cl = Main.commandLine("--db", db.spec(), "--today", "2026-11-15", "contacts", "add", name);
                            cl.setOut(new PrintWriter(new StringWriter(), true));
                            cl.setErr(new PrintWriter(err, true));
                            int code = cl.execute("--db", db.spec(), "--today", "2026-11-15", "contacts", "add", name);
                            assertThat(code).as(err.toString()).isZero();
                        } else {
                            HttpResponse<String> r = web.json("POST", "/api/v1/contacts", "{\"name\": \"" + name + "\"}");
                            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
                        }
                    }
                    return null;
                });
            }
            runAll(writers);
            assertThat(web.book.contacts().list(ContactFilter.ALL_ACTIVE)).extracting(ContactSummary::name)
                    .containsExactlyInAnyOrderElementsOf(expected);
            assertThat(web.book.search().search("writer", 200)).hasSize(expected.size());
        }
    }

    private static void runAll(List<Callable<Void>> writers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers.size());
        try {
            List<Future<Void>> done = pool.invokeAll(writers);
            for (Future<Void> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
