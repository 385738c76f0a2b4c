package dev.kith.embeddings;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Small float-vector helpers: normalizing, dot products and the stored form (little-endian float32). */
public final class Vectors {
    private Vectors() {
    }

    /** A unit-length copy of {@code v} (all zeros stay zeros). */
    public static float[] normalized(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += x * x;
        }
        float[] out = v.clone();
        if (sum > 0) {
            float inv = (float) (1 / Math.sqrt(sum));
            for (int i = 0; i < out.length; i++) {
                out[i] *= inv;
            }
        }
        return out;
    }

    /** The dot product of {@code q} with row {@code row} of the row-major {@code matrix}. */
    public static float dot(float[] q, float[] matrix, int row) {
        int base = row * q.length;
        // four running sums: short commands run C1 code, which neither unrolls nor vectorizes this loop
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int i = 0;
        int end = q.length & ~3;
        for (; i < end; i += 4) {
            s0 += q[i] * matrix[base + i];
            s1 += q[i + 1] * matrix[base + i + 1];
            s2 += q[i + 2] * matrix[base + i + 2];
            s3 += q[i + 3] * matrix[base + i + 3];
        }
        for (; i < q.length; i++) {
            s0 += q[i] * matrix[base + i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** The stored bytes of {@code v}. */
    public static byte[] bytes(float[] v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float x : v) {
            b.putFloat(x);
        }
        return b.array();
    }

    /**
     * The vector stored as {@code bytes} written into {@code into} from {@code offset}: the same floats
     * as {@link #floats}, without an array of its own.
     */
    public static void floatsInto(byte[] bytes, float[] into, int offset) {
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(into, offset, bytes.length / 4);
    }

    /** The vector stored as {@code bytes}. */
    public static float[] floats(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        float[] v = new float[bytes.length / 4];
        for (int i = 0; i < v.length; i++) {
            v[i] = b.getFloat();
        }
        return v;
    }

    /**
     * The dot product of two vectors summed in doubles, in four running sums: short commands run C1 code, which
     * neither unrolls nor vectorizes the loop (intros compare a quarter of a million phrase pairs).
     */
    public static double dot(float[] a, float[] b) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int k = 0;
        int end = a.length & ~3;
        for (; k < end; k += 4) {
            s0 += a[k] * b[k];
            s1 += a[k + 1] * b[k + 1];
            s2 += a[k + 2] * b[k + 2];
            s3 += a[k + 3] * b[k + 3];
        }
        for (; k < a.length; k++) {
            s0 += a[k] * b[k];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
