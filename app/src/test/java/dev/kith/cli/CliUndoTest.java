package dev.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;

class CliUndoTest {

    @BothDatabases
    void undoRevertsALoggedInteractionAndSaysWhatItWas(TestDatabase db) {
        Cli cli = new Cli(db, "2026-11-24");
        cli.run("contacts", "add", "Ana Lima", "--org", "Acme");
        var before = cli.snapshot();
        var logged = cli.run("log", "Ana", "call", "--note", "budget");
        assertThat(logged.exitCode()).as(logged.err()).isZero();
        assertThat(cli.snapshot()).isNotEqualTo(before);

        var undone = cli.run("undo");
        assertThat(undone.exitCode()).as(undone.err()).isZero();
        assertThat(undone.out()).isEqualTo("Undid: logged a call with Ana Lima on 2026-11-24.\n");
        assertThat(cli.snapshot()).isEqualTo(before);
        assertThat(cli.run("search", "budget").out()).doesNotContain("Ana Lima");
    }

    @BothDatabases
    void repeatedUndoWalksBackUntilNothingIsLeft(TestDatabase db) {
        Cli cli = new Cli(db, "2026-11-24");
        assertThat(cli.run("undo").out()).isEqualTo("Nothing to undo.\n");
        var empty = cli.snapshot();
        cli.run("contacts", "add", "Ana Lima");
        var withAna = cli.snapshot();
        cli.run("contacts", "add", "Bo Chen", "--met-through", "Ana Lima");
        cli.run("tie", "Ana", "Bo", "knows");
        cli.run("milestone", "Bo", "award", "--note", "Best library app");

        assertThat(cli.run("undo", "--dry-run").out()).isEqualTo("Would undo: recorded an award for Bo Chen on 2026-11-24.\n");
        assertThat(cli.run("undo").out()).startsWith("Undid: recorded an award for Bo Chen");
        assertThat(cli.run("undo").out()).startsWith("Undid: recorded that Ana Lima knows Bo Chen");
        assertThat(cli.run("undo").out()).startsWith("Undid: added Bo Chen");
        assertThat(cli.snapshot()).isEqualTo(withAna);
        assertThat(cli.run("undo").out()).startsWith("Undid: added Ana Lima");
        assertThat(cli.snapshot()).isEqualTo(empty);
        var nothing = cli.run("undo");
        assertThat(nothing.exitCode()).isZero();
        assertThat(nothing.out()).isEqualTo("Nothing to undo.\n");
    }

    @BothDatabases
    void undoOfAnImportRestoresTheBookExactly(TestDatabase db) throws Exception {
        Cli cli = new Cli(db, "2026-11-24");
        cli.run("contacts", "add", "Ana Lima", "--email", "ana@acme.example", "--org", "Acme", "--title", "Librarian");
        cli.run("log", "Ana", "lunch", "--note", "migration plans");
        Path dir = Files.createTempDirectory("kith-undo");
        Path backup = dir.resolve("before.json");
        assertThat(cli.run("export", "json", "--output", backup.toString()).exitCode()).isZero();
        var before = cli.snapshot();
        Path vcf = dir.resolve("people.vcf");
        Files.writeString(vcf, """
                BEGIN:VCARD
                VERSION:3.0
                FN:Ana Lima
                EMAIL:ana@acme.example
                ORG:Globex
                TITLE:Director
                NOTE:moved on
                END:VCARD
                BEGIN:VCARD
                VERSION:3.0
                FN:Kwame Khan
                EMAIL:kwame@example.org
                ORG:Initech
                END:VCARD
                """);
        var imported = cli.run("import", "vcard", vcf.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(cli.snapshot()).isNotEqualTo(before);

        var undone = cli.run("undo");
        assertThat(undone.out()).isEqualTo("Undid: imported people.vcf.\n");
        assertThat(cli.snapshot()).isEqualTo(before);
        Path after = dir.resolve("after.json");
        assertThat(cli.run("export", "json", "--output", after.toString()).exitCode()).isZero();
        assertThat(Files.readString(after)).isEqualTo(Files.readString(backup));
        assertThat(cli.run("search", "Kwame").out()).doesNotContain("Kwame Khan");
    }
}
