package dev.kith.embeddings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A stored vector decoded straight into a matrix row reads as the vector decoded on its own. */
class VectorsTest {
    @Test
    void aStoredVectorDecodedIntoARowIsTheVectorItself() {
        Random random = new Random(18);
        float[] v = new float[384];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) random.nextGaussian();
        }
        v[0] = Float.MIN_VALUE;
        v[1] = -0.0f;
        byte[] stored = Vectors.bytes(v);
        float[] matrix = new float[3 * v.length];
        Vectors.floatsInto(stored, matrix, v.length);
        assertArrayEquals(Vectors.floats(stored), Arrays.copyOfRange(matrix, v.length, 2 * v.length));
        assertArrayEquals(v, Arrays.copyOfRange(matrix, v.length, 2 * v.length));
        assertArrayEquals(new float[v.length], Arrays.copyOfRange(matrix, 0, v.length), "other rows untouched");
    }
}
