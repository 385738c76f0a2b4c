package dev.kith.io.imports;

import static dev.kith.io.Fixtures.book;
import static dev.kith.io.Fixtures.importText;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.app.Kith;
import dev.kith.contacts.ContactDraft;
import dev.kith.io.ImportFormat;
import dev.kith.io.SampleImports;
import dev.kith.search.SearchHit;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.util.List;

/**
 * Imports index their new contacts from what they wrote ({@code SearchIndex.indexNew}), without
 * reading them back: the documents must be exactly those a full reindex builds from the tables.
 */
class ImportSearchIndexTest {
    private static final String VCARDS = """
            BEGIN:VCARD
            VERSION:3.0
            N:Núñez;José;María;;
            FN:José María Núñez
            ORG:Universidad de Chile
            TITLE:Director\\, Projects
            EMAIL:jose@uchile.example
            ADR;TYPE=WORK:;;Av. Libertador 1;Santiago;;;Chile
            NOTE:Met at the library fair; likes chess
            CATEGORIES:zeta,Alpha,mid word,Éclair
            END:VCARD
            BEGIN:VCARD
            VERSION:4.0
            FN:北京大学
            ORG:北京大学
            END:VCARD
            BEGIN:VCARD
            VERSION:3.0
            FN:Bo Chen
            TITLE:Engineer
            TEL:+1 555 0101
            TEL;VALUE=uri:tel:+1-555-0102
            END:VCARD
            """;

    private static List<List<Object>> documents(TestDatabase db) {
        String id = db.database().dialect() == dev.kith.store.Dialect.SQLITE ? "rowid" : "contact_id";
        return db.database().read(h -> h.createQuery("SELECT " + id + ", book_id, name, organization, topics, notes,"
                        + " activity FROM contact_search ORDER BY " + id)
                .map((rs, ctx) -> List.<Object>of(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)))
                .list());
    }

    @BothDatabases
    void importedContactsAreIndexedExactlyAsAFullReindexWould(TestDatabase db) {
        Kith book = book(db);
        book.contacts().add(ContactDraft.builder("Existing Person").organization("UNIVERSIDAD DE CHILE").build());
        importText(book, ImportFormat.VCARD, VCARDS);
        importText(book, ImportFormat.LINKEDIN, SampleImports.text(ImportFormat.LINKEDIN, 60));
        List<List<Object>> imported = documents(db);
        assertThat(imported).hasSize(1 + 3 + 60);

        book.search().reindexAll();

        assertThat(documents(db)).isEqualTo(imported);
        assertThat(book.search().search("eclair", 5)).extracting(SearchHit::name).containsExactly("José María Núñez");
        assertThat(book.search().search("santiago chess", 5)).extracting(SearchHit::matchedIn).containsExactly("notes");
    }

    @BothDatabases
    void aStaleDocumentWhereANewContactGoesIsReplaced(TestDatabase db) {
        Kith book = book(db);
        if (db.database().dialect() == dev.kith.store.Dialect.SQLITE) {
            // SQLite reuses the ids after the highest; a document left behind (no foreign key on FTS) must not block
            db.database().update(h -> h.execute("INSERT INTO contact_search (rowid, book_id, name, organization,"
                    + " topics, notes, activity) VALUES (1, ?, 'ghost', '', '', '', '')", book.id()));
        }
        importText(book, ImportFormat.VCARD, VCARDS);
        assertThat(book.search().search("ghost", 5)).isEmpty();
        assertThat(book.search().search("bo", 5)).extracting(SearchHit::name).containsExactly("Bo Chen");
    }
}
