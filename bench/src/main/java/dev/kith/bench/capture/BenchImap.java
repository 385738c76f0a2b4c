package dev.kith.bench.capture;

import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.kith.app.Kith;
import dev.kith.book.Book;
import dev.kith.capture.SyncSources;
import dev.kith.capture.mail.ImapAccount;
import dev.kith.contacts.ContactDraft;
import dev.kith.core.KithClock;
import dev.kith.store.Database;
import jakarta.mail.Flags;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;

/**
 * Times {@code kith sync} with nothing new over an IMAP folder of many messages, as a new process, as
 * users run it: a real IMAP server (GreenMail) on a loopback port holds the messages, a first sync
 * captures them all, then each timed sync finds nothing new; the yardstick is {@code kith --version}.
 */
public final class BenchImap implements AutoCloseable {
    /** One timed run: the sync's wall time and its yardstick's, in ms. */
    public record Run(double syncMillis, double versionMillis) {
    }

    private final Path launcher;
    private final Path folder;
    private final GreenMail server;

    public BenchImap(Path launcher, Path folder) {
        this.launcher = launcher;
        this.folder = folder;
        this.server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        server.start();
    }

    /** Fills the inbox with {@code messages} messages from {@link MboxGenerator#CONTACTS} people; returns the first sync's wall time. */
    public double prepare(int messages) throws Exception {
        GreenMailUser user = server.setUser(MboxGenerator.ME, "me", "secret");
        ImapHostManager imap = server.getManagers().getImapHostManager();
        MailFolder inbox = imap.getInbox(user);
        imap.createMailbox(user, "Sent");
        Session session = Session.getInstance(new Properties());
        for (int i = 0; i < messages; i++) {
            MimeMessage m = new MimeMessage(session);
            m.setFrom(new InternetAddress(MboxGenerator.contact(i % MboxGenerator.CONTACTS)));
            m.setRecipients(jakarta.mail.Message.RecipientType.TO, MboxGenerator.ME);
            m.setSubject("Message " + i + " about the project");
            m.setText("Body " + i);
            m.setSentDate(new Date(1_760_000_000_000L + i * 60_000L));
            m.saveChanges();
            m.setHeader("Message-ID", "<bench-" + i + "@kith.test>");
            inbox.appendMessage(m, new Flags(), new Date());
        }
        Files.createDirectories(folder);
        Path db = db();
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(Path.of(db + suffix));
        }
        try (Database database = Database.open(db.toString())) {
            Kith book = Kith.open(database, Book.DEFAULT, KithClock.fixed(LocalDate.of(2026, 11, 24)));
            book.capture().addresses().set(List.of(MboxGenerator.ME));
            List<ContactDraft> people = new ArrayList<>();
            for (int i = 0; i < MboxGenerator.CONTACTS; i++) {
                people.add(ContactDraft.builder("Person " + i).email(MboxGenerator.contact(i)).build());
            }
            book.search().indexNew(book.contacts().importAll(people));
        }
        Path config = config();
        Files.deleteIfExists(config.resolve("sources.properties"));
        new SyncSources(config).add(Book.DEFAULT, new ImapAccount("127.0.0.1", server.getImap().getPort(),
                ImapAccount.Security.NONE, "me", List.of()), "secret");
        return time(sync());
    }

    /** {@code runs} interleaved runs: a sync with nothing new, then {@code kith --version}. */
    public List<Run> run(int runs) throws IOException {
        List<Run> result = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            result.add(new Run(time(sync()), time(List.of(launcher.toString(), "--version"))));
        }
        return result;
    }

    private Path db() {
        return folder.resolve("imap.db");
    }

    private Path config() {
        return folder.resolve("config");
    }

    private List<String> sync() {
        return List.of(launcher.toString(), "--db", db().toString(), "--today", "2026-11-24", "sync", "--json");
    }

    private double time(List<String> command) {
        return dev.kith.bench.Processes.time(command, java.util.Map.of("KITH_CONFIG_HOME", config().toString()), 1)[0];
    }

    @Override
    public void close() {
        server.stop();
    }
}
