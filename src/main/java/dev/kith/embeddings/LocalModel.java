package dev.kith.embeddings;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The bundled sentence model (all-MiniLM-L6-v2, int8-quantized ONNX, 384 dimensions), loaded once
 * per process on first use and shared by every book. It never touches the network: DJL is put in
 * offline mode before the tokenizer loads, and uses the native tokenizer library bundled in its jar
 * (unpacked into {@code ~/.djl.ai}). When the model cannot load (no native support, the
 * {@value #DISABLE} system property set to {@code lexical}), {@link #get()} is empty and callers use
 * the lexical {@link Terms} instead.
 */
public final class LocalModel implements Embedder {
    /** System property: {@code lexical} forces the lexical fallback (tests, or a machine without ONNX). */
    public static final String DISABLE = "kith.embeddings";
    /** The model name stored with each vector. */
    public static final String NAME = "all-minilm-l6-v2-q";

    private static final Object LOCK = new Object();
    private static volatile Optional<LocalModel> loaded;
    private static volatile String failure;

    private final AllMiniLmL6V2QuantizedEmbeddingModel model;

    private LocalModel(AllMiniLmL6V2QuantizedEmbeddingModel model) {
        this.model = model;
    }

    /** The shared model, loading it on the first call; empty when it cannot load or is disabled. */
    public static Optional<Embedder> get() {
        if ("lexical".equalsIgnoreCase(System.getProperty(DISABLE, ""))) {
            return Optional.empty();
        }
        Optional<LocalModel> m = loaded;
        if (m == null) {
            synchronized (LOCK) {
                m = loaded;
                if (m == null) {
                    m = load();
                    loaded = m;
                }
            }
        }
        return m.map(x -> x);
    }

    /** Why the model did not load, or null when it loaded (or was not tried yet). */
    public static String failure() {
        return failure;
    }

    private static Optional<LocalModel> load() {
        if (System.getProperty("ai.djl.offline") == null) {
            System.setProperty("ai.djl.offline", "true");
        }
        try {
            return Optional.of(new LocalModel(new AllMiniLmL6V2QuantizedEmbeddingModel()));
        } catch (RuntimeException | LinkageError e) {
            failure = e.getClass().getSimpleName() + ": " + e.getMessage();
            return Optional.empty();
        }
    }

    @Override
    public String model() {
        return NAME;
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<TextSegment> segments = texts.stream().map(t -> TextSegment.from(t == null || t.isBlank() ? "-" : t)).toList();
        List<Embedding> embeddings = model.embedAll(segments).content();
        List<float[]> out = new ArrayList<>(embeddings.size());
        for (Embedding e : embeddings) {
            out.add(Vectors.normalized(e.vector()));
        }
        return out;
    }
}
