package dev.kith.articles;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.app.Kith;
import dev.kith.book.Book;
import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactDraft;
import dev.kith.core.KithClock;
import dev.kith.interactions.InteractionKind;
import dev.kith.milestones.MilestoneKind;
import dev.kith.store.TestDatabase;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A share's note says why in a person's words: the user's why, their interests, their news; never the matching's reasons. */
class ShareNoteTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void theNoteCarriesInterestsNewsOrTheUsersWhyNeverTagsOrNotes() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(TODAY));
            Contact ana = book.contacts().add(ContactDraft.builder("Ana Lima").interest("Mirador").tag("rdm")
                    .notes("Planning the IIIF viewer service and research plan").build());
            Contact bo = book.contacts().add(ContactDraft.builder("Bo Chen").tag("rdm").build());
            Contact cy = book.contacts().add(ContactDraft.builder("Cy Diaz").tag("viewer").build());
            Contact dee = book.contacts().add(ContactDraft.builder("Dee Park").build());
            book.milestones().add(dee.id(), MilestoneKind.PUBLICATION, TODAY.minusDays(2),
                    "Published an article on IIIF viewers in the Code4Lib Journal");
            Article a = book.articles().add("https://example.org/iiif", "IIIF viewers compared for rdm",
                    "Which IIIF viewer for a research plan service", "Mirador scales best", List.of());

            // interests may keep their case or not (a separate change): compare without it
            assertThat(book.articles().share(a, ana, null, InteractionKind.EMAIL).draft()).isEqualToIgnoringCase("Hi Ana, I read"
                    + " \"IIIF viewers compared for rdm\" and thought of you — given your interest in mirador. My top"
                    + " takeaway: Mirador scales best. https://example.org/iiif");
            assertThat(book.articles().share(a, bo, null, InteractionKind.EMAIL).draft()).isEqualTo("Hi Bo, I read"
                    + " \"IIIF viewers compared for rdm\" and thought of you — given your work on RDM. My top takeaway:"
                    + " Mirador scales best. https://example.org/iiif");
            assertThat(book.articles().share(a, cy, null, InteractionKind.EMAIL).draft()).isEqualTo("Hi Cy, I read"
                    + " \"IIIF viewers compared for rdm\" and thought of you. My top takeaway: Mirador scales best."
                    + " https://example.org/iiif");
            assertThat(book.articles().share(a, dee, null, InteractionKind.EMAIL).draft()).isEqualTo("Hi Dee,"
                    + " congratulations on your article on IIIF viewers in the Code4Lib Journal! I came across \"IIIF"
                    + " viewers compared for rdm\" and thought you might like it. My top takeaway: Mirador scales best."
                    + " https://example.org/iiif");
            Contact eve = book.contacts().add(ContactDraft.builder("Eve Stone").build());
            Share withWhy = book.articles().share(a, eve, "You mentioned your viewer trial", InteractionKind.EMAIL);
            assertThat(withWhy.draft()).contains("and thought of you — you mentioned your viewer trial. My top");
            assertThat(withWhy.why()).isEqualTo("You mentioned your viewer trial");
            assertThat(book.articles().shares()).filteredOn(s -> s.contactId() == ana.id()).singleElement()
                    .satisfies(s -> assertThat(s.why()).isEqualToIgnoringCase("given your interest in mirador"));
        }
    }
}
