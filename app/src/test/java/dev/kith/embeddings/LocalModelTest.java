package dev.kith.embeddings;

import dev.kith.Prerequisite;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import org.junit.jupiter.api.parallel.Isolated;

/** The bundled model run directly on ONNX Runtime gives langchain4j's vectors, in order, from any thread split. */
@Isolated // switches the model back on JVM-wide (clears LocalModel.DISABLE): no other test class runs meanwhile
class LocalModelTest {
    private static final String LONG = String.join(" ", java.util.Collections.nCopies(90,
            "Planning the email migration of forty thousand mailboxes, calendars first."));

    private static Embedder model() {
        System.clearProperty(LocalModel.DISABLE);
        Embedder m = LocalModel.get().orElse(null);
        Prerequisite.require(m != null, "the bundled sentence model (LocalModelTest)",
                "the model did not load: " + LocalModel.failure());
        return m;
    }

    private static double cosine(float[] a, float[] b) {
        double d = 0;
        double x = 0;
        double y = 0;
        for (int i = 0; i < a.length; i++) {
            d += a[i] * b[i];
            x += a[i] * a[i];
            y += b[i] * b[i];
        }
        return d / Math.sqrt(x * y);
    }

    @Test
    void embedsWhatLangchain4jsModelEmbedsIncludingTextsBeyondTheTokenLimit() {
        Embedder model = model();
        AllMiniLmL6V2QuantizedEmbeddingModel reference = new AllMiniLmL6V2QuantizedEmbeddingModel();
        List<String> texts = List.of("email migration",
                "Interests: machine learning, chess. Working on devops and teaching this year; met at a conference #12",
                "Ünïcödé naïve café — 東京 🙂", LONG);
        List<float[]> ours = model.embedAll(texts);
        for (int i = 0; i < texts.size(); i++) {
            float[] theirs = reference.embed(TextSegment.from(texts.get(i))).content().vector();
            assertThat(ours.get(i)).hasSize(384);
            assertThat(cosine(ours.get(i), theirs)).as(texts.get(i)).isGreaterThan(0.99999);
        }
    }

    @Test
    void embedAllKeepsTheOrderAndGivesTheVectorOfEachTextAlone() {
        Embedder model = model();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            texts.add(i % 5 == 0 ? " " : "Interests: topic " + i + ", grant writing. Notes on contact " + i);
        }
        List<float[]> all = model.embedAll(texts);
        assertThat(all).hasSize(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            float[] alone = model.embed(texts.get(i));
            assertThat(cosine(all.get(i), alone)).as(texts.get(i)).isGreaterThan(0.999999);
            double norm = cosine(all.get(i), all.get(i));
            assertThat(norm).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
        }
        assertThat(cosine(all.get(0), all.get(5))).isGreaterThan(0.999999);
        assertThat(cosine(all.get(1), all.get(2))).isLessThan(0.999);
    }

    @Test
    void everyCallReturnsEveryVectorEvenWhenTheHelperThreadsFinishLast() {
        Embedder model = model();
        for (int call = 0; call < 8; call++) {
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                texts.add("Interests: leadership, metadata. Working on privacy law #" + call + "-" + i);
            }
            List<float[]> all = model.embedAll(texts);
            assertThat(all).hasSize(64).doesNotContainNull();
        }
    }
}
