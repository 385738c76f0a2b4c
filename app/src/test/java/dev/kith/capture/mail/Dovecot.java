package dev.kith.capture.mail;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.eclipse.angus.mail.imap.protocol.BASE64MailboxEncoder;

/**
 * A real Dovecot IMAP server (Debian's {@code dovecot-imapd}) run in the foreground from a configuration in a
 * temporary folder: one passwd-file user ({@value #USER}, password {@value #PASSWORD}), a Maildir++ mailbox
 * with "/" as the folder separator ({@code Sent} and {@code Sent Messages} are {@code \Sent}, as in Debian's
 * default configuration), plain IMAP with plaintext sign-in on a free
 * loopback port and IMAPS with a self-signed certificate on another. Messages are written as Maildir files
 * directly, so thousands take a moment. Run as root (as CI is), the mail belongs to the {@code dovecot} user.
 */
final class Dovecot implements AutoCloseable {
    static final String USER = "ana";
    static final String PASSWORD = "secret";
    private static final Path EXECUTABLE = Path.of("/usr/sbin/dovecot");

    private final Path dir;
    private final Process process;
    private final int port;
    private final int tlsPort;
    private final AtomicLong files = new AtomicLong();

    private Dovecot(Path dir, Process process, int port, int tlsPort) {
        this.dir = dir;
        this.process = process;
        this.port = port;
        this.tlsPort = tlsPort;
    }

    /** Whether Dovecot is installed. */
    static boolean installed() {
        return Files.isExecutable(EXECUTABLE);
    }

    /** Starts Dovecot with its configuration, certificate and mail under {@code dir}; waits for its greeting. */
    static Dovecot start(Path dir) throws IOException, InterruptedException {
        boolean root = "root".equals(System.getProperty("user.name"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path home = Files.createDirectories(dir.resolve("home"));
        Files.writeString(dir.resolve("passwd"), USER + ":{PLAIN}" + PASSWORD + "\n");
        Process openssl = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                "-subj", "/CN=localhost", "-keyout", dir.resolve("key.pem").toString(), "-out",
                dir.resolve("cert.pem").toString()).redirectErrorStream(true).redirectOutput(dir.resolve("openssl.log").toFile())
                .start();
        if (!openssl.waitFor(60, TimeUnit.SECONDS) || openssl.exitValue() != 0) {
            throw new IOException("openssl could not make a certificate: " + Files.readString(dir.resolve("openssl.log")));
        }
        Files.setPosixFilePermissions(dir.resolve("key.pem"), PosixFilePermissions.fromString("rw-r--r--"));
        int port = freePort();
        int tlsPort = freePort();
        String uid = root ? id("-u", "dovecot") : id("-u");
        String gid = root ? id("-g", "dovecot") : id("-g");
        String me = System.getProperty("user.name");
        String config = """
                base_dir = %1$s/run
                state_dir = %1$s/state
                log_path = %1$s/dovecot.log
                protocols = imap
                listen = 127.0.0.1
                ssl = yes
                ssl_cert = <%1$s/cert.pem
                ssl_key = <%1$s/key.pem
                disable_plaintext_auth = no
                auth_mechanisms = plain login
                auth_failure_delay = 0
                first_valid_uid = 1
                %5$s
                passdb {
                  driver = passwd-file
                  args = scheme=PLAIN username_format=%%u %1$s/passwd
                }
                userdb {
                  driver = static
                  args = uid=%3$s gid=%4$s home=%1$s/home/%%u
                }
                mail_location = maildir:~/Maildir
                service imap-login {
                  chroot =
                  inet_listener imap {
                    port = %2$d
                  }
                  inet_listener imaps {
                    port = %6$d
                    ssl = yes
                  }
                }
                service anvil {
                  chroot =
                }
                namespace inbox {
                  inbox = yes
                  separator = /
                  mailbox Sent {
                    special_use = \\Sent
                  }
                  mailbox "Sent Messages" {
                    special_use = \\Sent
                  }
                  mailbox Archive {
                    special_use = \\Archive
                  }
                }
                """.formatted(dir, port, uid, gid, root ? "" : "default_internal_user = " + me
                + "\ndefault_login_user = " + me + "\ndefault_internal_group = " + gid, tlsPort);
        Path conf = dir.resolve("dovecot.conf");
        Files.writeString(conf, config);
        Process process = new ProcessBuilder(EXECUTABLE.toString(), "-F", "-c", conf.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("dovecot.out").toFile()).start();
        Dovecot dovecot = new Dovecot(dir, process, port, tlsPort);
        dovecot.folder("INBOX");
        dovecot.awaitGreeting();
        return dovecot;
    }

    int port() {
        return port;
    }

    /** The port of IMAP over TLS (the self-signed certificate). */
    int tlsPort() {
        return tlsPort;
    }

    /** Creates folder {@code name} ("/"-separated, any characters) when missing; returns its Maildir folder. */
    Path folder(String name) throws IOException {
        Path maildir = dir.resolve("home").resolve(USER).resolve("Maildir");
        Path folder = name.equals("INBOX") ? maildir
                : maildir.resolve("." + BASE64MailboxEncoder.encode(name).replace('/', '.'));
        for (String sub : new String[] {"cur", "new", "tmp"}) {
            Files.createDirectories(folder.resolve(sub));
        }
        own(dir.resolve("home"));
        return folder;
    }

    /** Deletes folder {@code name} with its messages and Dovecot's indexes and creates it again, empty. */
    void recreate(String name) throws IOException {
        Path folder = folder(name);
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        folder(name);
    }

    /** Puts the message {@code raw} into folder {@code name} with the Maildir flags {@code flags} (S: seen). */
    Path deliver(String name, String raw, String flags) throws IOException {
        Path folder = folder(name);
        Path file = folder.resolve("cur").resolve(System.currentTimeMillis() / 1000 + ".M" + files.incrementAndGet()
                + ".kith:2," + flags);
        Files.write(file, raw.getBytes(StandardCharsets.UTF_8));
        own(file);
        return file;
    }

    /** The file names (with their flags) in folder {@code name}. */
    java.util.List<String> files(String name) throws IOException {
        try (Stream<Path> s = Files.list(folder(name).resolve("cur"))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Gives {@code path} and everything below it to the mail user, when run as root. */
    private static void own(Path path) throws IOException {
        if (!"root".equals(System.getProperty("user.name"))) {
            return;
        }
        UserPrincipalLookupService users = path.getFileSystem().getUserPrincipalLookupService();
        UserPrincipal user = users.lookupPrincipalByName("dovecot");
        GroupPrincipal group = users.lookupPrincipalByGroupName("dovecot");
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Files.setOwner(p, user);
                Files.getFileAttributeView(p, java.nio.file.attribute.PosixFileAttributeView.class).setGroup(group);
            }
        }
    }

    private void awaitGreeting() throws IOException, InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                break;
            }
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                s.setSoTimeout(5000);
                InputStream in = s.getInputStream();
                byte[] start = in.readNBytes(4);
                if (new String(start, StandardCharsets.US_ASCII).equals("* OK")) {
                    return;
                }
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        close();
        throw new IOException("dovecot did not start: " + Files.readString(dir.resolve("dovecot.out"))
                + (Files.exists(dir.resolve("dovecot.log")) ? Files.readString(dir.resolve("dovecot.log")) : ""));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static String id(String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 1];
        command[0] = "id";
        System.arraycopy(args, 0, command, 1, args.length);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
        p.waitFor();
        return out;
    }

    /** The server's log, for a failing test's message. */
    String log() throws IOException {
        Path log = dir.resolve("dovecot.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
