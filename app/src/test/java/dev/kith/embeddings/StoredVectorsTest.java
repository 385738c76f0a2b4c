package dev.kith.embeddings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.Prerequisite;
import dev.kith.app.Kith;
import dev.kith.book.Book;
import dev.kith.contacts.ContactDraft;
import dev.kith.core.KithClock;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The model is needed only when a vector is missing: profile vectors and query (article) vectors are
 * stored in the book, so a second process builds the same index and the same similarities without
 * embedding anything, and {@link LocalModel#lazy()} therefore never loads the model for it.
 */
@Isolated // switches the model back on JVM-wide (clears LocalModel.DISABLE): no other test class runs meanwhile
class StoredVectorsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final AtomicInteger RUNS = new AtomicInteger();
    private static final String ARTICLE = "Migrating a university library's email system to a new provider";

    /** The real model, counting the texts it is asked to embed. */
    private static final class Counting implements Embedder {
        private final Embedder model;
        final AtomicInteger texts = new AtomicInteger();

        Counting(Embedder model) {
            this.model = model;
        }

        @Override
        public String model() {
            return model.model();
        }

        @Override
        public List<float[]> embedAll(List<String> batch) {
            texts.addAndGet(batch.size());
            return model.embedAll(batch);
        }
    }

    @BothDatabases
    void aSecondIndexOfTheSameBookEmbedsNothing(TestDatabase db) {
        System.clearProperty(LocalModel.DISABLE);
        Embedder model = LocalModel.get().orElse(null);
        Prerequisite.require(model != null, "the bundled sentence model (StoredVectorsTest)",
                "the model did not load: " + LocalModel.failure());
        Kith book = Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(TODAY));
        book.contacts().add(ContactDraft.builder("Omar Haddad").interest("email migration").build());
        book.contacts().add(ContactDraft.builder("Lena Ortiz").interest("rare books").build());
        book.contacts().add(ContactDraft.builder("Kenji Sato").interest("cloud mail systems").build());

        // a text of its own per run: the process keeps the vectors of texts it embedded in memory too
        String article = ARTICLE + " #" + RUNS.incrementAndGet();
        Counting first = new Counting(model);
        ProfileIndex built = ProfileIndex.forBook(book.book(), TODAY, first);
        float[] sims = built.similarities(article);
        assertThat(first.texts.get()).as("three profiles and the article embedded once").isEqualTo(4);

        ProfileIndex.forgetQueries(); // as a new process would: the article's vector must come from the book
        Counting second = new Counting(model);
        ProfileIndex again = ProfileIndex.forBook(book.book(), TODAY, second);
        assertThat(again.similarities(article)).containsExactly(sims);
        assertThat(second.texts.get()).as("every vector was stored: the model is not needed").isZero();
        assertThat(again.similarities(article + " (again)")).hasSize(3);
        assertThat(second.texts.get()).as("a new text is embedded, once").isEqualTo(1);
    }
}
