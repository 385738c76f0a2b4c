package dev.kith.embeddings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kith.core.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one-pass terms of plain text and the numbered table read as the words of {@link Text#words} would. */
class TermTableTest {
    /** Terms as they were defined: {@link Text#words}, split at spaces, short and stop words dropped, stemmed. */
    private static Map<String, Integer> reference(String text) {
        Map<String, Integer> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String w : Text.words(text).split(" ")) {
            if (w.length() >= 2 && !Terms.stop(w)) {
                out.merge(Terms.stem(w), 1, Integer::sum);
            }
        }
        return out;
    }

    private static final List<String> TEXTS = List.of("Interests: library migrations, cloud catalogues. Works as"
                    + " Head of Data at St. Brigid Health (Healthcare).", "", "   ", "a I x", "Tags: ask:funding, offer:mentoring.",
            "José Núñez likes Øre and ÜNAL's cafés; 3D printing, 2024 plans", "e-mail E-MAIL email EMAILS emails",
            "The libraries' libraries: boxes, classes, wishes, bus, status!", "Naïve façade — 東京 meetups in Zürich",
            "x1 y22 ZZ9 -- 42 ... API APIs api's", "the and of to in is at for with");

    @Test
    void termsOfEachTextAreTheWordsOfTheGeneralRoute() {
        for (String text : TEXTS) {
            assertEquals(reference(text), Terms.counts(text), text);
        }
        Random random = new Random(18);
        String alphabet = "abcXYZ019 .,;:-'é東\t\n";
        for (int n = 0; n < 500; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                sb.append(alphabet.charAt(random.nextInt(n % 2 == 0 ? 14 : alphabet.length())));
            }
            assertEquals(reference(sb.toString()), Terms.counts(sb.toString()), sb.toString());
        }
    }

    @Test
    void theTableKeepsEachTextsCountsFrequenciesAndWhoUsesATerm() {
        List<String> texts = new ArrayList<>(TEXTS);
        texts.add("library library migration");
        TermTable table = TermTable.of(texts);
        Map<String, Integer> df = new java.util.HashMap<>();
        for (int row = 0; row < texts.size(); row++) {
            Map<String, Integer> counts = Terms.counts(texts.get(row));
            assertEquals(List.copyOf(counts.entrySet()), List.copyOf(table.counts(row).entrySet()), "order too");
            counts.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
        }
        assertEquals(df, table.frequencies());
        assertEquals(3, table.frequency("library"));
        assertEquals(0, table.frequency("nowhere"));
        assertArrayEquals(new int[] {0, 7, 11}, table.rows("library"));
        assertArrayEquals(new int[0], table.rows("nowhere"));
    }
}
