package dev.kith.embeddings;

import dev.kith.Prerequisite;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import org.junit.jupiter.api.parallel.Isolated;

/** Common ground by meaning and by words, quoted, and never filler. */
@Isolated // switches the model back on JVM-wide (clears LocalModel.DISABLE): no other test class runs meanwhile
class CommonGroundTest {
    private static Profile person(long id, String name, List<String> interests, String notes) {
        return new Profile(id, name, name.split(" ")[0], true, interests, List.of(), notes, null, null, null, null,
                null, List.of());
    }

    /** A book of 40 others with unrelated notes, so that word counts are realistic. */
    private static List<Profile> book(Profile... people) {
        List<Profile> all = new ArrayList<>(List.of(people));
        String[] topics = {"sailing", "pottery", "chess", "jazz", "gardening", "rowing", "baking", "astronomy"};
        for (int i = 0; i < 40; i++) {
            all.add(person(100 + i, "Other " + i, List.of(topics[i % topics.length] + " club"),
                    "Works on " + topics[(i + 3) % topics.length] + " projects " + i + "."));
        }
        return all;
    }

    private static Map<String, float[]> vectors(CommonGround g, List<Profile> people) {
        System.clearProperty(LocalModel.DISABLE);
        Embedder model = LocalModel.get().orElse(null);
        Prerequisite.require(model != null, "common ground by meaning (CommonGroundTest)",
                "the model did not load: " + LocalModel.failure());
        List<String> phrases = new ArrayList<>();
        people.forEach(p -> phrases.addAll(g.phrases(p)));
        Map<String, float[]> out = new HashMap<>();
        List<float[]> vs = model.embedAll(phrases);
        for (int i = 0; i < phrases.size(); i++) {
            out.put(phrases.get(i), vs.get(i));
        }
        return out;
    }

    @Test
    void anEmailMigrationPairsWithMigratingAnEmailSystemAndTheReasonQuotesBothPhrases() {
        Profile lena = person(1, "Lena Park", List.of(), "Met at the CIO dinner. Migrating our email system to a new"
                + " provider this spring.");
        Profile omar = person(2, "Omar Haddad", List.of("email migration"), null);
        List<Profile> all = book(lena, omar);
        CommonGround g = CommonGround.of(all);
        // by words alone (no model): "migrating" and "migration" share a root, "email" is the same word
        CommonGround.Match byWords = g.best(lena, omar, Map.of()).orElseThrow();
        assertThat(byWords.reason("Lena", "Omar"))
                .isEqualTo("Lena: Migrating our email system to a new provider this spring · Omar: email migration");
        // by meaning: the model's phrase vectors clear the floor
        Map<String, float[]> v = vectors(g, List.of(lena, omar));
        double cos = 0;
        float[] a = v.get("Migrating our email system to a new provider this spring");
        float[] b = v.get("email migration");
        for (int i = 0; i < a.length; i++) {
            cos += a[i] * b[i];
        }
        assertThat(cos).isGreaterThanOrEqualTo(CommonGround.FLOOR);
        CommonGround.Match byMeaning = g.best(lena, omar, v).orElseThrow();
        assertThat(byMeaning.similarity()).as("the closer of words and meaning counts").isGreaterThanOrEqualTo(
                Math.max(cos, byWords.similarity()) - 1e-6);
        assertThat(byMeaning.reason("Lena", "Omar")).isEqualTo(byWords.reason("Lena", "Omar"));
    }

    @Test
    void phrasesWithDifferentWordsPairByMeaningOnly() {
        Profile ana = person(1, "Ana Lima", List.of("machine learning"), null);
        Profile ben = person(2, "Ben Ode", List.of("artificial intelligence"), null);
        List<Profile> all = book(ana, ben);
        CommonGround g = CommonGround.of(all);
        assertThat(g.best(ana, ben, Map.of())).isEmpty();
        CommonGround.Match m = g.best(ana, ben, vectors(g, List.of(ana, ben))).orElseThrow();
        assertThat(m.byWords()).isFalse();
        assertThat(m.reason("Ana", "Ben")).isEqualTo("Ana: machine learning · Ben: artificial intelligence");
    }

    @Test
    void fillerNumbersAndWordsCommonAcrossTheBookNeverMatch() {
        String filler = "Second line of the note field. Has two kids. Mentioned looking. 42. Met 2019.";
        Profile a = person(1, "Ann Roe", List.of(), filler);
        Profile b = person(2, "Bea Sol", List.of(), filler + "\nSecond line");
        CommonGround g = CommonGround.of(book(a, b));
        assertThat(g.phrases(a)).isEmpty();
        assertThat(g.phrases(b)).isEmpty();
        assertThat(g.best(a, b, Map.of())).isEmpty();
        // a word in most of the book's profiles ("projects" here) is no common ground either
        List<Profile> all = book();
        CommonGround common = CommonGround.of(all);
        assertThat(common.best(all.get(0), all.get(1), Map.of())).isEmpty();
        // leading filler is cut from the quote
        Profile c = person(3, "Cy Dunn", List.of(), "Mentioned looking for speakers on robotics.");
        Profile d = person(4, "Di Eve", List.of("robotics"), null);
        CommonGround g2 = CommonGround.of(book(c, d));
        assertThat(g2.phrases(c)).containsExactly("speakers on robotics");
        assertThat(g2.best(c, d, Map.of()).orElseThrow().reason("Cy", "Di"))
                .isEqualTo("Cy: speakers on robotics · Di: robotics");
    }
    @Test
    void twoPeopleSayingTheSameThingInTheSameWordsAreQuotedOnce() {
        CommonGround.Match same = new CommonGround.Match("coaches soccer", "Coaches  soccer", 1.0, true);
        assertThat(same.reason("Chen", "Lucía")).isEqualTo("both: coaches soccer");
        CommonGround.Match different = new CommonGround.Match("coaches soccer", "soccer coach", 1.0, true);
        assertThat(different.reason("Chen", "Lucía")).isEqualTo("Chen: coaches soccer · Lucía: soccer coach");
    }
}
