package dev.kith.embeddings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.app.Kith;
import dev.kith.book.Book;
import dev.kith.core.KithClock;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

/** Two of Today's kinds (or two processes) storing the same phrase vectors at once. */
class VectorStoreConcurrencyTest {
    @BothDatabases
    void theSameVectorsStoredByTwoThreadsAtOnceAreKeptOnceWithoutAnError(TestDatabase db) throws Exception {
        Kith kith = Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(LocalDate.of(2026, 11, 24)));
        VectorStore store = new VectorStore(kith.book(), "test-model");
        for (int round = 0; round < 20; round++) {
            List<String> hashes = new ArrayList<>();
            List<float[]> vectors = new ArrayList<>();
            for (int k = 0; k < 40; k++) {
                hashes.add(VectorStore.hash("phrase " + round + " " + k));
                vectors.add(new float[] {round, k, 1});
            }
            CyclicBarrier together = new CyclicBarrier(2);
            List<CompletableFuture<Void>> writers = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                writers.add(CompletableFuture.runAsync(() -> {
                    try {
                        together.await();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    store.putPhrases(hashes, vectors);
                    store.putText(hashes.get(0), vectors.get(0));
                }));
            }
            for (CompletableFuture<Void> w : writers) {
                w.get();
            }
            assertThat(store.phrases(hashes)).hasSize(40);
            float first = round;
            assertThat(store.text(hashes.get(0))).hasValueSatisfying(v -> assertThat(v).containsExactly(first, 0, 1));
        }
    }
}
