package dev.kith.io.imports;

import static dev.kith.io.Fixtures.book;
import static dev.kith.io.Fixtures.importer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.app.Kith;
import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactDraft;
import dev.kith.io.ImportChoices;
import dev.kith.io.ImportException;
import dev.kith.io.ImportFormat;
import dev.kith.io.ImportReport;
import dev.kith.io.ImportRow;
import dev.kith.io.ImportRow.Change;
import dev.kith.io.ImportRow.Outcome;
import dev.kith.io.Progress;
import dev.kith.store.BothDatabases;
import dev.kith.store.Tables;
import dev.kith.store.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The record-by-record report of an import: a dry run says exactly what applying does, likely duplicates wait for a choice. */
class ImportPreviewTest {
    private static final String LINKEDIN = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";
    private static final String GOOGLE = "First Name,Last Name,Organization Name,Organization Title,E-mail 1 - Value,"
            + "Phone 1 - Value\n";

    private static ImportReport run(Kith book, ImportFormat format, String text, boolean dryRun, ImportChoices choices) {
        return importer(book).run(format, "people." + format.name().toLowerCase(java.util.Locale.ROOT),
                text.getBytes(StandardCharsets.UTF_8), dryRun, choices, Progress.NONE);
    }

    private static List<Contact> named(Kith book, String name) {
        return book.contacts().all().stream().filter(c -> c.name().equals(name) && !c.archived()).toList();
    }

    @BothDatabases
    void theDryRunReportsEveryRecordAsApplyingThenDoes(TestDatabase db) {
        Kith book = book(db);
        long ana = book.contacts().add(ContactDraft.builder("Ana Lima").email("ana@acme.example").organization("Acme")
                .build()).id();
        String file = LINKEDIN
                + "Ana,Lima,,ana@acme.example,Acme,CTO,\n"
                + "Bo,Chen,,bo@x.example,Initech,,\n"
                + ",,,,,,\n"
                + "Bo,Chen,https://linkedin.com/in/bochen,bo@x.example,,,\n";
        Map<String, Integer> before = Tables.counts(db.database());
        ImportReport preview = run(book, ImportFormat.LINKEDIN, file, true, ImportChoices.DEFAULTS);
        assertThat(Tables.counts(db.database())).isEqualTo(before);

        assertThat(preview.rows()).extracting(ImportRow::line, ImportRow::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, Outcome.MERGE), org.assertj.core.groups.Tuple.tuple(3L, Outcome.ADD),
                org.assertj.core.groups.Tuple.tuple(4L, Outcome.SKIP), org.assertj.core.groups.Tuple.tuple(5L, Outcome.MERGE));
        ImportRow merged = preview.rows().getFirst();
        assertThat(merged.contactId()).isEqualTo(ana);
        assertThat(merged.into()).isEqualTo("Ana Lima (Acme)");
        assertThat(merged.changes()).containsExactly(new Change("Job title", null, "CTO"));
        assertThat(preview.rows().get(2).reason()).isEqualTo("no name, organization, email or phone");
        assertThat(preview.rows().get(3).into()).isEqualTo("Bo Chen (added from line 3)");
        assertThat(preview.rows().get(3).changes()).containsExactly(
                new Change("LinkedIn", null, "https://linkedin.com/in/bochen"));

        ImportReport applied = run(book, ImportFormat.LINKEDIN, file, false, ImportChoices.DEFAULTS);
        assertThat(applied.rows()).extracting(ImportRow::line, ImportRow::outcome, ImportRow::changes)
                .isEqualTo(preview.rows().stream().map(r -> org.assertj.core.groups.Tuple.tuple(r.line(), r.outcome(),
                        r.changes())).toList());
        assertThat(applied.summary()).isEqualTo(preview.summary());
        assertThat(book.contacts().get(ana).currentJob().orElseThrow().title()).isEqualTo("CTO");
        assertThat(named(book, "Bo Chen")).singleElement()
                .satisfies(c -> assertThat(c.linkedinUrl()).isEqualTo("https://linkedin.com/in/bochen"));
        assertThat(applied.rows().get(1).contactId()).isEqualTo(named(book, "Bo Chen").getFirst().id());
    }

    @BothDatabases
    void aSecondPersonWithTheSameNameAtAnotherOrganizationIsAskedAboutNotAddedSilently(TestDatabase db) {
        Kith book = book(db);
        long acme = book.contacts().add(ContactDraft.builder("Kwame Khan").email("kwame@acme.example")
                .organization("Acme").build()).id();
        String file = GOOGLE + "Kwame,Khan,Globex,,kwame@globex.example,\n";

        ImportReport preview = run(book, ImportFormat.GOOGLE, file, true, ImportChoices.DEFAULTS);
        ImportRow row = preview.rows().getFirst();
        assertThat(row.isLikelyDuplicate()).isTrue();
        assertThat(row.candidates()).singleElement().satisfies(c -> {
            assertThat(c.contactId()).isEqualTo(acme);
            assertThat(c.label()).isEqualTo("Kwame Khan (Acme)");
            assertThat(c.why()).isEqualTo("same name, different organization");
            assertThat(c.strong()).isFalse();
        });
        assertThat(row.outcome()).as("a weak match is kept apart unless the user says otherwise").isEqualTo(Outcome.ADD);

        ImportReport merged = run(book, ImportFormat.GOOGLE, file, false,
                new ImportChoices(Map.of(2L, acme), Set.of(), true));
        assertThat(merged.rows().getFirst().outcome()).isEqualTo(Outcome.MERGE);
        assertThat(merged.rows().getFirst().changes()).contains(
                new Change("Email", "kwame@acme.example", "kwame@acme.example, kwame@globex.example"),
                new Change("Organization", "Acme", "Globex"));
        assertThat(named(book, "Kwame Khan")).singleElement().satisfies(c -> {
            assertThat(c.emails()).containsExactly("kwame@acme.example", "kwame@globex.example");
            assertThat(c.currentJob().orElseThrow().organization()).isEqualTo("Globex");
        });
    }

    @BothDatabases
    void aSharedPhoneIsAStrongMatchThatMergesByDefaultAndKeepBothAddsAnyway(TestDatabase db) {
        Kith book = book(db);
        long lena = book.contacts().add(ContactDraft.builder("Lena Park").phone("+44 20 7946 0958")
                .email("lena@initech.example").organization("Initech").build()).id();
        String file = GOOGLE + "Lena,Park-Ito,Initrode,,lena@initrode.example,020 7946 0958\n";

        ImportRow row = run(book, ImportFormat.GOOGLE, file, true, ImportChoices.DEFAULTS).rows().getFirst();
        assertThat(row.candidates()).singleElement().satisfies(c -> {
            assertThat(c.why()).isEqualTo("same phone 020 7946 0958");
            assertThat(c.strong()).isTrue();
        });
        assertThat(row.outcome()).isEqualTo(Outcome.MERGE);
        assertThat(row.contactId()).isEqualTo(lena);

        ImportRow kept = run(book, ImportFormat.GOOGLE, file, false, new ImportChoices(Map.of(), Set.of(2L), true))
                .rows().getFirst();
        assertThat(kept.outcome()).isEqualTo(Outcome.ADD);
        assertThat(named(book, "Lena Park-Ito")).hasSize(1);
        assertThat(book.contacts().get(lena).emails()).containsExactly("lena@initech.example");
    }

    @BothDatabases
    void anOutlookExportIsReportedRecordByRecordAndABackupInTotal(TestDatabase db) {
        Kith book = book(db);
        long lena = book.contacts().add(ContactDraft.builder("Lena Park").phone("+44 20 7946 0958").build()).id();
        ImportReport outlook = run(book, ImportFormat.OUTLOOK, "First Name,Last Name,E-mail Address,Mobile Phone\n"
                + "Lena,Park,lena@x.example,\n" + "Ola,Nordmann,ola@x.example,020 7946 0958\n", true, ImportChoices.DEFAULTS);
        assertThat(outlook.rows()).extracting(ImportRow::line, ImportRow::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, Outcome.MERGE), org.assertj.core.groups.Tuple.tuple(3L, Outcome.MERGE));
        assertThat(outlook.rows().get(0).changes()).containsExactly(new Change("Email", null, "lena@x.example"));
        assertThat(outlook.rows().get(1).candidates()).extracting(ImportRow.Candidate::contactId).containsExactly(lena);

        String backup = dev.kith.io.backup.Backup.toJson(book.book());
        Kith other = Kith.open(db.database(), "other", dev.kith.core.KithClock.fixed(dev.kith.io.Fixtures.TODAY));
        ImportReport restored = importer(other).run(ImportFormat.JSON, "kith-backup.json",
                backup.getBytes(StandardCharsets.UTF_8), true, ImportChoices.DEFAULTS, Progress.NONE);
        assertThat(restored.summary().created()).isEqualTo(1);
        assertThat(restored.rows()).isEmpty();
        assertThat(other.contacts().all()).as("a dry run").isEmpty();
    }

    @BothDatabases
    void theCommandLineImportStillAddsLikelyDuplicatesWithoutChoices(TestDatabase db) {
        Kith book = book(db);
        book.contacts().add(ContactDraft.builder("Lena Park").phone("+44 20 7946 0958").organization("Initech").build());
        run(book, ImportFormat.GOOGLE, GOOGLE + "Lena,Park,Initrode,,,020 7946 0958\n", false, ImportChoices.NONE);
        assertThat(named(book, "Lena Park")).hasSize(2);
    }

    @BothDatabases
    void aChoiceNamingSomeoneWhoIsNoCandidateKeepsBoth(TestDatabase db) {
        Kith book = book(db);
        book.contacts().add(ContactDraft.builder("Kwame Khan").organization("Acme").build());
        long stranger = book.contacts().add(ContactDraft.builder("Somebody Else").build()).id();
        ImportReport r = run(book, ImportFormat.GOOGLE, GOOGLE + "Kwame,Khan,Globex,,,\n", false,
                new ImportChoices(Map.of(2L, stranger), Set.of(), true));
        assertThat(r.rows().getFirst().outcome()).isEqualTo(Outcome.ADD);
        assertThat(book.contacts().get(stranger).jobs()).isEmpty();
    }

    @BothDatabases
    void structuralDamageRejectsEverythingWhateverTheChoices(TestDatabase db) {
        Kith book = book(db);
        long acme = book.contacts().add(ContactDraft.builder("Kwame Khan").organization("Acme").build()).id();
        Map<String, Integer> before = Tables.counts(db.database());
        String vcf = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kwame Khan\r\nORG:Globex\r\nEND:VCARD\r\n"
                + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Broken Card\r\n";
        assertThatThrownBy(() -> run(book, ImportFormat.VCARD, vcf, false,
                new ImportChoices(Map.of(1L, acme), Set.of(), true))).isInstanceOf(ImportException.class);
        assertThat(Tables.counts(db.database())).isEqualTo(before);
        assertThat(book.contacts().get(acme).jobs()).extracting(j -> j.organization()).containsExactly("Acme");
    }
}
