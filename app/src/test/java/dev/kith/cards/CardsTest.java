package dev.kith.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.app.Kith;
import dev.kith.book.Book;
import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactDraft;
import dev.kith.contacts.ContactPatch;
import dev.kith.core.KithClock;
import dev.kith.store.BothDatabases;
import dev.kith.store.Tables;
import dev.kith.store.TestDatabase;
import java.time.LocalDate;
import java.util.Map;

/** The address book's journal on both databases: revisions, ETags, tombstones, and all-or-nothing writes. */
class CardsTest {
    private static Kith book(TestDatabase db) {
        return Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(LocalDate.of(2026, 11, 15)));
    }

    @BothDatabases
    void theRevisionMovesOnlyWhenACardChanges(TestDatabase db) {
        Kith kith = book(db);
        Contact ada = kith.contacts().add(ContactDraft.builder("Ada Lovelace").build());
        Cards.Snapshot first = kith.cards().snapshot();
        assertThat(first.cards()).hasSize(1);
        assertThat(kith.cards().snapshot().revision()).isEqualTo(first.revision());
        assertThat(kith.cards().snapshot().cards()).isEqualTo(first.cards());

        kith.contacts().edit(ada.id(), ContactPatch.builder().addEmails(java.util.List.of("ada@example.org")).build());
        Cards.Card edited = kith.cards().card(first.cards().getFirst().name()).orElseThrow();
        assertThat(edited.etag()).isNotEqualTo(first.cards().getFirst().etag());
        assertThat(edited.revision()).isGreaterThan(first.revision());
        Cards.Snapshot second = kith.cards().snapshot();
        assertThat(second.revision()).isEqualTo(edited.revision()); // the single read journalled it
        assertThat(second.cards().getFirst().uid()).isEqualTo(first.cards().getFirst().uid());

        kith.contacts().archive(ada.id(), true);
        Cards.Snapshot third = kith.cards().snapshot();
        assertThat(third.cards()).isEmpty();
        assertThat(third.gone()).extracting(Cards.Gone::name).containsExactly(edited.name());
        assertThat(third.gone().getFirst().revision()).isEqualTo(third.revision()).isGreaterThan(second.revision());
    }

    @BothDatabases
    void aCardKithCannotStoreChangesNothing(TestDatabase db) {
        Kith kith = book(db);
        kith.cards().snapshot();
        Map<String, Integer> before = Tables.counts(db.database());
        String bell = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:b\r\nFN:Ring\u0007Bell\r\nEMAIL:ring@example.org\r\nEND:VCARD\r\n";
        assertThatThrownBy(() -> kith.cards().put("b.vcf", bell, null, null)).hasMessageContaining("control characters");
        assertThatThrownBy(() -> kith.cards().put("../b.vcf", bell, null, null)).isInstanceOf(CardException.class);
        assertThat(Tables.counts(db.database())).isEqualTo(before);
        assertThat(kith.contacts().all()).isEmpty();
    }

    @BothDatabases
    void aPutRestoresAnArchivedContactUnderItsName(TestDatabase db) {
        Kith kith = book(db);
        String card = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:r\r\nFN:Rosalind Franklin\r\nEND:VCARD\r\n";
        Cards.Written created = kith.cards().put("r.vcf", card, null, "*");
        assertThat(created.created()).isTrue();
        kith.cards().delete("r.vcf", created.card().etag());
        long id = kith.contacts().resolve("Rosalind Franklin").id();
        assertThat(kith.contacts().get(id).archived()).isTrue();
        Cards.Written again = kith.cards().put("r.vcf", card.replace("END:VCARD", "TITLE:Chemist\r\nEND:VCARD"), null, "*");
        assertThat(again.created()).isTrue();
        assertThat(kith.contacts().get(id).archived()).isFalse();
        assertThat(kith.contacts().get(id).currentJob().orElseThrow().title()).isEqualTo("Chemist");
        assertThat(kith.contacts().all()).hasSize(1);
    }
    @BothDatabases
    void aCompanysCardPutByAPhoneIsNamedByTheCompanyWithNoInventedFirstAndLastName(TestDatabase db) {
        Kith kith = book(db);
        String company = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:acme\r\nN:;;;;\r\nFN:Acme Plumbing\r\n"
                + "ORG:Acme Plumbing;\r\nX-ABShowAs:COMPANY\r\nTEL:+1 555 0100\r\nEND:VCARD\r\n";
        kith.cards().put("acme.vcf", company, null, null);
        Contact acme = kith.contacts().all().getFirst();
        assertThat(acme.name()).isEqualTo("Acme Plumbing");
        assertThat(acme.givenName()).isNull();
        assertThat(acme.familyName()).isNull();
    }

    @BothDatabases
    void aCardPutAgainWithoutAUidKeepsTheUidItWasGiven(TestDatabase db) {
        Kith kith = book(db);
        String card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Lise Meitner\r\nEND:VCARD\r\n"; // as some phones write
        Cards.Written first = kith.cards().put("lise.vcf", card, null, "*");
        assertThat(first.card().uid()).startsWith("urn:uuid:");
        assertThat(first.card().text()).contains("UID:" + first.card().uid());

        Cards.Written edited = kith.cards().put("lise.vcf", card.replace("END:VCARD", "TITLE:Physicist\r\nEND:VCARD"),
                first.card().etag(), null);
        assertThat(edited.created()).isFalse();
        assertThat(edited.card().uid()).isEqualTo(first.card().uid());
        assertThat(kith.cards().card("lise.vcf").orElseThrow().text()).contains("UID:" + first.card().uid())
                .contains("TITLE:Physicist");
    }

    @BothDatabases
    void ifNoneMatchComparesEtagsWeaklyAndIfMatchStrongly(TestDatabase db) {
        Kith kith = book(db);
        String card = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:n\r\nFN:Emmy Noether\r\nEND:VCARD\r\n";
        String etag = kith.cards().put("n.vcf", card, null, "*").card().etag();
        String edit = card.replace("END:VCARD", "TITLE:Mathematician\r\nEND:VCARD");
        assertThatThrownBy(() -> kith.cards().put("n.vcf", edit, null, "W/" + etag))
                .isInstanceOf(PreconditionFailedException.class);
        assertThatThrownBy(() -> kith.cards().put("n.vcf", edit, "W/" + etag, null))
                .isInstanceOf(PreconditionFailedException.class);
        assertThat(kith.cards().card("n.vcf").orElseThrow().etag()).isEqualTo(etag);
        assertThat(kith.cards().put("n.vcf", edit, "\"other\", " + etag, "W/\"other\"").created()).isFalse();
    }
}
