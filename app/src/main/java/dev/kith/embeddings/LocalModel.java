package dev.kith.embeddings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bundled sentence model (all-MiniLM-L6-v2, int8-quantized ONNX, 384 dimensions), loaded once
 * per process on first use and shared by every book. It never touches the network: DJL is put in
 * offline mode before the tokenizer loads, and uses the native tokenizer library bundled in its jar
 * (unpacked into {@code ~/.djl.ai}). When the model cannot load (no native support, the
 * {@value #DISABLE} system property set to {@code lexical}), {@link #get()} is empty and callers use
 * the lexical {@link Terms} instead. {@link #embedAll} runs one text per model run on the calling
 * thread and on up to (cores - 1) pooled daemon threads that end after {@value #IDLE_SECONDS} s idle.
 */
public final class LocalModel implements Embedder {
    /** System property: {@code lexical} forces the lexical fallback (tests, or a machine without ONNX). */
    public static final String DISABLE = "kith.embeddings";
    /** The model name stored with each vector. */
    public static final String NAME = "all-minilm-l6-v2-q";

    private static final Object LOCK = new Object();
    private static volatile Optional<LocalModel> loaded;
    private static volatile String failure;

    /** Threads that embed one call's texts together: the caller and (this - 1) pooled helpers. */
    private static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());
    /** Seconds an idle helper thread lives. */
    static final int IDLE_SECONDS = 30;

    private final OnnxEncoder encoder;
    private final ThreadPoolExecutor helpers;

    private LocalModel(OnnxEncoder encoder) {
        this.encoder = encoder;
        AtomicInteger n = new AtomicInteger();
        this.helpers = new ThreadPoolExecutor(Math.max(1, THREADS - 1), Math.max(1, THREADS - 1), IDLE_SECONDS,
                TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "kith-embed-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        helpers.allowCoreThreadTimeOut(true);
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

    /**
     * The shared model without loading it: an {@link Embedder} named {@link #NAME} that loads the model on
     * its first {@code embedAll}, so that a caller whose vectors are all stored never pays for loading it
     * (the better part of a second and 150 MiB). Empty when the model is disabled or already failed to
     * load; if loading fails later, {@code embedAll} throws {@link Unavailable}.
     */
    public static Optional<Embedder> lazy() {
        if ("lexical".equalsIgnoreCase(System.getProperty(DISABLE, ""))) {
            return Optional.empty();
        }
        Optional<LocalModel> m = loaded;
        if (m != null) {
            return m.map(x -> x);
        }
        return Optional.of(new Embedder() {
            @Override
            public String model() {
                return NAME;
            }

            @Override
            public List<float[]> embedAll(List<String> texts) {
                return get().orElseThrow(() -> new Unavailable(failure)).embedAll(texts);
            }
        });
    }

    /** The model could not load when a lazily named one ({@link #lazy()}) was first asked to embed. */
    public static final class Unavailable extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        Unavailable(String why) {
            super("the embedding model cannot load: " + why);
        }
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
            return Optional.of(new LocalModel(OnnxEncoder.load()));
        } catch (Exception | LinkageError e) {
            failure = e.getClass().getSimpleName() + ": " + e.getMessage();
            return Optional.empty();
        }
    }

    @Override
    public String model() {
        return NAME;
    }

    /** One unit vector per text, in order; the texts are shared out to the caller and the helper threads. */
    @Override
    public List<float[]> embedAll(List<String> texts) {
        float[][] out = new float[texts.size()][];
        AtomicInteger next = new AtomicInteger();
        Runnable work = () -> {
            for (int i = next.getAndIncrement(); i < out.length; i = next.getAndIncrement()) {
                String t = texts.get(i);
                out[i] = Vectors.normalized(encoder.embed(t == null || t.isBlank() ? "-" : t));
            }
        };
        // A helper that has not started when the caller runs out of texts is claimed here and skipped
        // (it returns at once when its turn comes); a started one is waited for.
        List<AtomicBoolean> claims = new ArrayList<>();
        List<Future<?>> futures = new ArrayList<>();
        for (int h = 1; h < Math.min(THREADS, out.length); h++) {
            AtomicBoolean claim = new AtomicBoolean();
            claims.add(claim);
            futures.add(helpers.submit(() -> {
                if (claim.compareAndSet(false, true)) {
                    work.run();
                }
            }));
        }
        RuntimeException failed = null;
        try {
            work.run();
        } catch (RuntimeException e) {
            failed = e;
            next.set(out.length);
        }
        for (int h = 0; h < futures.size(); h++) {
            if (claims.get(h).compareAndSet(false, true)) {
                continue;
            }
            try {
                futures.get(h).get();
            } catch (ExecutionException e) {
                if (failed == null) {
                    failed = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while embedding", e);
            }
        }
        if (failed != null) {
            throw failed;
        }
        return Arrays.asList(out);
    }
}
