package dev.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/** {@code kith token}, {@code kith user …} and {@code kith audit}, against a temporary config folder. */
@Isolated // sets the JVM-wide kith.config.home and System.in: no other test class runs meanwhile
class CliAccessTest {
    @TempDir
    Path config;

    private InputStream stdin;

    @BeforeEach
    void useTemporaryConfigFolder() {
        System.setProperty("kith.config.home", config.toString());
        stdin = System.in;
    }

    @AfterEach
    void restore() {
        System.clearProperty("kith.config.home");
        System.setIn(stdin);
    }

    @Test
    void tokenPrintsTheSameOwnerOnlySecretUntilRotated() throws Exception {
        Cli.Result first = Cli.runRaw("token");
        assertThat(first.exitCode()).isZero();
        String secret = first.out().strip();
        assertThat(secret).matches("[A-Za-z0-9_-]{43}");
        assertThat(Cli.runRaw("token").out().strip()).isEqualTo(secret);
        Path file = config.resolve("token");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config))).isEqualTo("rwx------");
        String rotated = Cli.runRaw("token", "--rotate").out().strip();
        assertThat(rotated).isNotEqualTo(secret).matches("[A-Za-z0-9_-]{43}");
        assertThat(Files.readString(file).strip()).isEqualTo(rotated);
    }

    @BothDatabases
    void accountsAreAddedListedGivenTokensRevokedAndDisabledAndEachStepIsAudited(TestDatabase db) {
        Cli cli = new Cli(db, "2026-11-15");
        password("a long enough password");
        Cli.Result added = cli.run("user", "add", "alice", "--email", "alice@example.org", "--admin", "--password-stdin");
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).contains("Added alice (administrator)");
        password("another good password");
        assertThat(cli.run("user", "add", "bob", "--email", "bob@example.org", "--password-stdin").exitCode()).isZero();

        password("x");
        Cli.Result weak = cli.run("user", "add", "carol", "--email", "carol@example.org", "--password-stdin");
        assertThat(weak.exitCode()).isNotZero();
        assertThat(weak.err()).contains("password", "at least 8");
        password("a long enough password");
        Cli.Result taken = cli.run("user", "add", "alice", "--email", "a@example.org", "--password-stdin");
        assertThat(taken.err()).contains("already an account called 'alice'");
        password("a long enough password");
        assertThat(cli.run("user", "add", "Bad Name", "--email", "x@example.org", "--password-stdin").err())
                .contains("lower-case");

        Cli.Result list = cli.run("user", "list");
        assertThat(list.out()).contains("alice", "admin", "bob", "member", "active");

        Cli.Result token = cli.run("user", "token", "bob", "--name", "backup script");
        assertThat(token.exitCode()).isZero();
        String issued = token.out().strip();
        assertThat(issued).startsWith("kith_");
        Cli.Result tokens = cli.run("user", "tokens", "bob");
        assertThat(tokens.out()).contains("backup script").doesNotContain(issued.substring(5));
        String id = tokens.out().lines().skip(1).findFirst().orElseThrow().strip().split("\\s+")[0];
        assertThat(cli.run("user", "revoke", "bob", id).out()).contains("Revoked token " + id);
        assertThat(cli.run("user", "revoke", "bob", id).exitCode()).isNotZero();

        assertThat(cli.run("user", "disable", "bob").out()).contains("Disabled bob");
        assertThat(cli.run("user", "list").out()).contains("disabled");
        assertThat(cli.run("user", "enable", "bob").exitCode()).isZero();
        assertThat(cli.run("user", "disable", "nobody").exitCode()).isNotZero();

        Cli.Result audit = cli.run("audit");
        assertThat(audit.out()).contains("account added", "token created", "token revoked", "account disabled",
                "account enabled", "cli:").doesNotContain(issued);
        List<String> hashes = db.database().read(h -> h.createQuery("SELECT password_hash FROM users").mapTo(String.class).list());
        assertThat(hashes).allSatisfy(hash -> assertThat(hash).startsWith("$argon2id$"));
    }

    @BothDatabases
    void anAccountTakesAnExistingBookOnlyWhenAskedAndNeverAnotherAccountsBook(TestDatabase db) {
        Cli cli = new Cli(db, "2026-11-15");
        assertThat(cli.run("contacts", "add", "Ana Lima").exitCode()).isZero(); // the "default" book
        password("a long enough password");
        assertThat(cli.run("user", "add", "default", "--email", "d@example.org", "--password-stdin").err())
                .contains("--existing-book default");
        password("a long enough password");
        assertThat(cli.run("user", "add", "ana", "--email", "ana@example.org", "--existing-book", "default", "--password-stdin")
                .exitCode()).isZero();
        password("a long enough password");
        assertThat(cli.run("user", "add", "eve", "--email", "eve@example.org", "--existing-book", "default", "--password-stdin").err())
                .contains("belongs to ana");
    }

    @BothDatabases
    void pathOffersColleaguesWhoShareWhoTheyKnow(TestDatabase db) {
        Cli cli = new Cli(db, "2026-11-15");
        for (String user : List.of("alice", "bob")) {
            password("a long enough password");
            assertThat(cli.run("user", "add", user, "--email", user + "@example.org", "--password-stdin").exitCode()).isZero();
        }
        assertThat(cli.run("--book", "alice", "contacts", "add", "Zed Zimmer", "--org", "Acme", "--title", "CTO",
                "--email", "zed@acme.example").exitCode()).isZero();
        assertThat(cli.run("--book", "bob", "target", "add", "Zed Zimmer", "--org", "Acme").exitCode()).isZero();
        assertThat(cli.run("--book", "bob", "path", "Zed Zimmer").out()).doesNotContain("colleague");
        assertThat(cli.run("--book", "alice", "settings", "team.share-graph=true").exitCode()).isZero();
        Cli.Result path = cli.run("--book", "bob", "path", "Zed Zimmer");
        assertThat(path.out()).contains("Through colleagues:", "ask alice, your colleague, who knows Zed Zimmer",
                "(Acme, CTO)").doesNotContain("zed@acme");
        assertThat(cli.run("--book", "bob", "--json", "path", "Zed Zimmer").out()).contains("\"colleague\" : \"alice\"");
    }

    private static void password(String password) {
        System.setIn(new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8)));
    }
}
