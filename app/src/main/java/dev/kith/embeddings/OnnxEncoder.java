package dev.kith.embeddings;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The bundled all-MiniLM-L6-v2 (int8) model run directly on ONNX Runtime: the model file and the
 * tokenizer come from langchain4j's artifact, and {@link #embed} gives exactly what langchain4j's
 * {@code AllMiniLmL6V2QuantizedEmbeddingModel} gives (the mean of the output token vectors of the
 * first {@value #MAX_TOKENS} tokens), with less work: the text
 * is tokenized once instead of three times, and the session runs on the calling thread only (one
 * intra-op thread, no spinning), so callers can use one thread per core without oversubscribing.
 * One text per run on purpose: the model quantizes activations with one scale per tensor, so a
 * padded batch changes every vector in it (cosine down to 0.976 measured) and is no faster here.
 * Thread-safe; {@link #close()} releases the native memory.
 */
final class OnnxEncoder implements AutoCloseable {
    /** The model file inside langchain4j's all-minilm-l6-v2-q jar. */
    static final String MODEL = "all-minilm-l6-v2-q.onnx";
    /** The tokenizer inside the same jar. */
    static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";
    /**
     * Tokens read per text, [CLS] and [SEP] included: the truncation in the bundled tokenizer file,
     * which langchain4j also applies (so its 510-token windows never come into play).
     */
    static final int MAX_TOKENS = 128;

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean typeIds;

    private OnnxEncoder(OrtEnvironment environment, OrtSession session, HuggingFaceTokenizer tokenizer) throws OrtException {
        this.environment = environment;
        this.session = session;
        this.tokenizer = tokenizer;
        this.typeIds = session.getInputNames().contains("token_type_ids");
    }

    /** Loads the model and tokenizer from the class path; throws when either is missing or cannot load. */
    static OnnxEncoder load() throws IOException, OrtException {
        ClassLoader loader = OnnxEncoder.class.getClassLoader();
        ByteBuffer model = read(loader.getResource(MODEL));
        HuggingFaceTokenizer tokenizer;
        try (InputStream in = loader.getResourceAsStream(TOKENIZER)) {
            if (in == null) {
                throw new IOException(TOKENIZER + " is not on the class path");
            }
            tokenizer = HuggingFaceTokenizer.newInstance(in, Map.of("padding", "false", "truncation", "true",
                    "maxLength", Integer.toString(MAX_TOKENS)));
        }
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            return new OnnxEncoder(environment, environment.createSession(model, options), tokenizer);
        } catch (OrtException | RuntimeException e) {
            tokenizer.close();
            throw e;
        }
    }

    /**
     * The resource at {@code url} in a direct (off-heap) buffer: ONNX Runtime copies the model out of
     * it, and a heap array would leave the Java heap grown by two copies of 23 MB (45 MB more
     * resident memory measured).
     */
    private static ByteBuffer read(URL url) throws IOException {
        if (url == null) {
            throw new IOException(MODEL + " is not on the class path");
        }
        URLConnection connection = url.openConnection();
        long size = connection.getContentLengthLong();
        try (InputStream in = connection.getInputStream()) {
            if (size < 0 || size > Integer.MAX_VALUE) {
                byte[] bytes = in.readAllBytes();
                return ByteBuffer.allocateDirect(bytes.length).put(bytes).flip();
            }
            ByteBuffer buffer = ByteBuffer.allocateDirect((int) size);
            ReadableByteChannel channel = Channels.newChannel(in);
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // fill
            }
            if (buffer.hasRemaining()) {
                throw new IOException(MODEL + " is shorter than its stated " + size + " bytes");
            }
            return buffer.flip();
        }
    }

    /** The embedding of {@code text} (not normalized; its first {@value #MAX_TOKENS} tokens); {@code text} must not be blank. */
    float[] embed(String text) {
        return run(tokenizer.encode(text, true, false).getIds());
    }

    /** One model run over {@code ids} (with [CLS] and [SEP]): the mean of the output token vectors. */
    private float[] run(long[] ids) {
        long[] shape = {1, ids.length};
        long[] ones = new long[ids.length];
        Arrays.fill(ones, 1L);
        try (OnnxTensor input = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
             OnnxTensor mask = OnnxTensor.createTensor(environment, LongBuffer.wrap(ones), shape);
             OnnxTensor types = OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[ids.length]), shape)) {
            Map<String, OnnxTensor> inputs = new HashMap<>();
            inputs.put("input_ids", input);
            inputs.put("attention_mask", mask);
            if (typeIds) {
                inputs.put("token_type_ids", types);
            }
            try (OrtSession.Result result = session.run(inputs)) {
                OnnxTensor hidden = (OnnxTensor) result.get(0);
                long[] dims = hidden.getInfo().getShape();
                int d = (int) dims[2];
                FloatBuffer values = hidden.getFloatBuffer();
                float[] mean = new float[d];
                for (int t = 0; t < ids.length; t++) {
                    for (int i = 0; i < d; i++) {
                        mean[i] += values.get(t * d + i);
                    }
                }
                for (int i = 0; i < d; i++) {
                    mean[i] /= ids.length;
                }
                return mean;
            }
        } catch (OrtException e) {
            throw new IllegalStateException("the embedding model failed: " + e.getMessage(), e);
        }
    }

    /** Releases the session and the tokenizer; the encoder must not be used afterwards. */
    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        } finally {
            tokenizer.close();
        }
    }
}
