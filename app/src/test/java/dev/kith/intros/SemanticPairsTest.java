package dev.kith.intros;

import dev.kith.embeddings.CommonGround;
import dev.kith.embeddings.Profile;
import dev.kith.embeddings.Vectors;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Pairs by meaning: every two people whose phrases come close, compared once per distinct phrase. */
class SemanticPairsTest {
    private static Profile person(long id, String name, List<String> interests) {
        return new Profile(id, name, name.split(" ")[0], true, interests, List.of(), null, null, null, null, null,
                null, List.of());
    }

    private static float[] unit(double... xs) {
        double n = 0;
        for (double x : xs) {
            n += x * x;
        }
        float[] v = new float[xs.length];
        for (int i = 0; i < xs.length; i++) {
            v[i] = (float) (xs[i] / Math.sqrt(n));
        }
        return v;
    }

    private static Map<Long, Double> pairs(Profile[] profiles, Map<String, float[]> vectors) {
        CommonGround ground = CommonGround.of(java.util.Arrays.stream(profiles).filter(p -> p != null).toList());
        Map<Long, Double> out = new LinkedHashMap<>();
        SemanticPairs.add(profiles, ground, vectors, (a, b, similarity) -> out.put((long) a << 32 | b, similarity));
        return out;
    }

    @Test
    void peopleSharingAPhraseOrOneCloseInMeaningArePairedAndOthersAreNot() {
        Profile[] profiles = {
            person(1, "Ana Lima", List.of("email migration")),
            person(2, "Bo Chen", List.of("migrating mailboxes")),
            person(3, "Cy Diaz", List.of("email migration", "gardening")),
            person(4, "Di Egan", List.of("beekeeping")),
        };
        Map<String, float[]> vectors = Map.of(
                "email migration", unit(1, 0.2, 0),
                "migrating mailboxes", unit(1, 0.5, 0),
                "gardening", unit(0, 0, 1),
                "beekeeping", unit(0, 1, 0.3));
        Map<Long, Double> pairs = pairs(profiles, vectors);
        assertThat(pairs.keySet()).as("Ana–Bo, Ana–Cy, Bo–Cy; Di matches no one").containsExactly(
                0L << 32 | 1, 0L << 32 | 2, 1L << 32 | 2);
        assertThat(pairs.get(0L << 32 | 2)).as("the same phrase").isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(pairs.get(0L << 32 | 1)).isEqualTo(Vectors.dot(vectors.get("email migration"), vectors.get("migrating mailboxes")));
    }

    @Test
    void givesWhatComparingEveryPhraseOfEveryoneGives() {
        Random random = new Random(7);
        List<String> vocabulary = new ArrayList<>();
        Map<String, float[]> vectors = new HashMap<>();
        String[] words = {"archives", "metadata", "preservation", "cataloguing", "licensing", "outreach", "budgets",
            "security", "migration", "training", "research", "publishing", "analytics", "accessibility"};
        for (String w : words) {
            vocabulary.add(w);
            double[] x = new double[8];
            for (int i = 0; i < x.length; i++) {
                x[i] = random.nextGaussian() + (i < 2 ? 2.5 : 0); // a shared direction: many pairs clear the floor
            }
            vectors.put(w, unit(x));
        }
        Profile[] profiles = new Profile[40];
        for (int i = 0; i < profiles.length; i++) {
            if (i % 9 == 4) {
                continue; // rows without a profile
            }
            List<String> interests = new ArrayList<>();
            for (int k = 0; k < 1 + random.nextInt(3); k++) {
                String w = vocabulary.get(random.nextInt(vocabulary.size()));
                if (!interests.contains(w)) {
                    interests.add(w);
                }
            }
            profiles[i] = person(i + 1, "Person" + i + " Test", interests);
        }
        CommonGround ground = CommonGround.of(java.util.Arrays.stream(profiles).filter(p -> p != null).toList());
        // the reference: every (person, phrase) against every other person's, as the pairs were found before
        List<float[]> vs = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        for (int i = 0; i < profiles.length; i++) {
            if (profiles[i] != null) {
                for (String phrase : ground.phrases(profiles[i])) {
                    vs.add(vectors.get(phrase));
                    owner.add(i);
                }
            }
        }
        Map<Long, Double> expected = new TreeMap<>();
        for (int x = 0; x < vs.size(); x++) {
            for (int y = x + 1; y < vs.size(); y++) {
                int ox = owner.get(x);
                int oy = owner.get(y);
                double d = Vectors.dot(vs.get(x), vs.get(y));
                if (ox != oy && d >= CommonGround.FLOOR) {
                    expected.merge((long) Math.min(ox, oy) << 32 | Math.max(ox, oy), d, Math::max);
                }
            }
        }
        assertThat(expected).hasSizeGreaterThan(50);
        Map<Long, Double> actual = pairs(profiles, vectors);
        assertThat(actual).containsExactlyEntriesOf(expected);
    }
}
