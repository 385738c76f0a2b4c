/**
 * Local text embeddings for matching articles and people: a small sentence model (all-MiniLM-L6-v2,
 * quantized ONNX, inside the jar) that runs offline, loaded once per process, and the lexical
 * {@link dev.kith.embeddings.Terms weighted terms} used when the model cannot load.
 */
package dev.kith.embeddings;
