package dev.kith.intros;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.app.Kith;
import dev.kith.book.Book;
import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactDraft;
import dev.kith.core.KithClock;
import dev.kith.core.ValidationException;
import dev.kith.store.BothDatabases;
import dev.kith.store.Tables;
import dev.kith.store.TestDatabase;
import java.time.LocalDate;
import java.util.Map;

/**
 * The notes of an introduction before they are recorded: {@code draftStart} and {@code draftNext}
 * write nothing and refuse what the step would refuse; {@code start} and {@code advance} keep the
 * note as sent.
 */
class IntroDraftsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    /** Rows per table, without the derived caches a draft may fill (the phrase vectors of common ground). */
    private static Map<String, Integer> records(TestDatabase db) {
        Map<String, Integer> rows = new java.util.TreeMap<>(Tables.counts(db.database()));
        rows.keySet().removeIf(t -> t.endsWith("_embeddings") || t.equals("contact_search"));
        return rows;
    }

    @BothDatabases
    void draftsRecordNothingAndTheNoteAsSentIsKept(TestDatabase db) {
        Kith book = Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(TODAY));
        Contact ana = book.contacts().add(ContactDraft.builder("Ana Lima").interest("email migration").build());
        Contact bo = book.contacts().add(ContactDraft.builder("Bo Chen").interest("email migration").build());
        Map<String, Integer> before = records(db);

        Intros.Draft first = book.intros().draftStart(ana, bo, null);
        assertThat(first.step()).isEqualTo("asked-a");
        assertThat(first.to()).extracting(Contact::name).containsExactly("Ana Lima");
        assertThat(first.why()).isEqualTo("You're both interested in email migration.");
        assertThat(first.note()).startsWith("Hi Ana, I'd like to introduce you to Bo Chen.");
        assertThat(records(db)).isEqualTo(before);

        Intro intro = book.intros().start(ana, bo, first.why(), " Ana, fancy meeting Bo? ");
        assertThat(intro.steps()).singleElement().satisfies(s -> assertThat(s.note()).isEqualTo("Ana, fancy meeting Bo?"));
        assertThatThrownBy(() -> book.intros().draftStart(bo, ana, null)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("already open");
        assertThatThrownBy(() -> book.intros().draftStart(ana, ana, null)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("two different people");

        Map<String, Integer> started = records(db);
        assertThat(book.intros().draftNext(intro.id(), true)).satisfies(d -> {
            assertThat(d.step()).isEqualTo("declined");
            assertThat(d.to()).extracting(Contact::name).containsExactly("Ana Lima");
        });
        Intros.Draft second = book.intros().draftNext(intro.id(), false);
        assertThat(second.step()).isEqualTo("asked-b");
        assertThat(second.to()).extracting(Contact::name).containsExactly("Bo Chen");
        assertThat(second.note()).startsWith("Hi Bo, Ana Lima would like to meet you.");
        assertThat(records(db)).isEqualTo(started);

        book.intros().advance(intro.id(), false, null, "Bo, Ana would like to meet you.");
        Intros.Draft made = book.intros().draftNext(intro.id(), false);
        assertThat(made.step()).isEqualTo("made");
        assertThat(made.to()).extracting(Contact::name).containsExactly("Ana Lima", "Bo Chen");
        Intro introduced = book.intros().advance(intro.id(), false, null, "Ana, Bo: meet!");
        assertThat(introduced.state()).isEqualTo(IntroState.MADE);
        assertThat(introduced.steps()).extracting(Intro.Step::note)
                .containsExactly("Ana, fancy meeting Bo?", "Bo, Ana would like to meet you.", "Ana, Bo: meet!");
        assertThatThrownBy(() -> book.intros().draftNext(intro.id(), false)).isInstanceOf(ValidationException.class)
                .hasMessage("state: this introduction is already made; note how it went instead");
    }
}
