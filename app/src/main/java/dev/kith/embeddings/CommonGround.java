package dev.kith.embeddings;

import dev.kith.core.Text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What two people have in common, by meaning as well as by words, quoted: each person's phrases (an interest, a
 * tag, a clause of the notes) are compared pairwise, and the best pair that clears the bar is the reason, e.g.
 * "Lena: migrating our email system · Omar: email migration".
 *
 * <p>Filler never becomes a reason. A phrase counts only by its <em>informative</em> words: not stop words, not
 * {@link #FILLER} (numbers, "line", "field", "mentioned", "looking", "kids"…), not digits, and not words used in the
 * profiles of more than {@value #MAX_DF_SHARE} of the book (at least {@value #MIN_DF}). A phrase without any is
 * dropped, and leading stop and filler words are cut from the quote. Two phrases match by words when they share an informative word stem; by meaning when the bundled
 * model's cosine of the two phrases is at least {@value #FLOOR}. Immutable once built.
 */
public final class CommonGround {
    /** The cosine two phrases need to count as the same thing (all-MiniLM-L6-v2 on short phrases). */
    public static final double FLOOR = 0.6;
    /** Words used in more than this share of the book's profiles say nothing about a pair. */
    public static final double MAX_DF_SHARE = 0.08;
    /** ... unless fewer than this many profiles use them. */
    public static final int MIN_DF = 4;
    /** The longest clause of the notes kept as a phrase, in words. */
    static final int MAX_WORDS = 10;

    /** Words that are never common ground on their own. */
    public static final Set<String> FILLER = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "first", "second", "third", "last", "next", "line", "field", "note", "notes", "mentioned",
            "mention", "mentions", "looking", "look", "kid", "kids", "child", "children", "said", "say", "says", "told",
            "asked", "ask", "met", "meet", "meeting", "talked", "talk", "going", "doing", "thing", "things", "lot",
            "time", "times", "day", "days", "week", "weeks", "month", "months", "year", "years", "people", "person",
            "someone", "good", "great", "nice", "really", "well", "back", "still", "maybe", "other", "another",
            "much", "many", "each", "every", "here", "yes", "no", "ok", "etc", "via", "per", "re", "fwd", "thanks",
            "contact", "contacts", "vcard", "imported", "import", "phone", "mr", "mrs", "ms", "dr", "jr", "sr");

    /** A matched pair of phrases: {@code a}'s and {@code b}'s, how similar, and whether by words. */
    public record Match(String phraseA, String phraseB, double similarity, boolean byWords) {
        /**
         * The reason as shown: {@code "Lena: migrating our email system · Omar: email migration"}; the phrase once,
         * {@code "both: coaches soccer"}, when the two say it in the same words.
         */
        public String reason(String nameA, String nameB) {
            if (phraseA.strip().replaceAll("\\s+", " ").equalsIgnoreCase(phraseB.strip().replaceAll("\\s+", " "))) {
                return "both: " + phraseA.strip();
            }
            return nameA + ": " + phraseA + " · " + nameB + ": " + phraseB;
        }
    }

    private final Map<String, Integer> df;
    private final int documents;

    private CommonGround(Map<String, Integer> df, int documents) {
        this.df = df;
        this.documents = documents;
    }

    /** Common ground among {@code profiles} (the book's, or the people being paired): counts word use. */
    public static CommonGround of(List<Profile> profiles) {
        Map<String, Integer> df = new HashMap<>();
        for (Profile p : profiles) {
            Set<String> words = new LinkedHashSet<>();
            for (String phrase : rawPhrases(p)) {
                words.addAll(stems(phrase));
            }
            words.forEach(w -> df.merge(w, 1, Integer::sum));
        }
        return new CommonGround(df, profiles.size());
    }

    /** {@code p}'s phrases that can be common ground: interests, plain tags and clauses of the notes with an informative word. */
    public List<String> phrases(Profile p) {
        List<String> out = new ArrayList<>();
        for (String phrase : rawPhrases(p)) {
            if (!informative(phrase).isEmpty() && !out.contains(phrase)) {
                out.add(phrase);
            }
        }
        return out;
    }

    /** The informative word stems of {@code phrase} (see the class comment). */
    public Set<String> informative(String phrase) {
        Set<String> out = new LinkedHashSet<>();
        int limit = Math.max(MIN_DF, (int) Math.ceil(MAX_DF_SHARE * documents));
        for (String s : stems(phrase)) {
            if (df.getOrDefault(s, 0) <= limit) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * The best match between {@code a}'s and {@code b}'s phrases, by words or (with {@code vectors}, phrase →
     * unit vector, possibly empty) by meaning; empty when no pair clears the bar.
     */
    public Optional<Match> best(Profile a, Profile b, Map<String, float[]> vectors) {
        Match best = null;
        List<String> pb = phrases(b);
        for (String x : phrases(a)) {
            Set<String> wx = informative(x);
            float[] vx = vectors.get(x);
            for (String y : pb) {
                Set<String> shared = new LinkedHashSet<>(wx);
                shared.retainAll(informative(y));
                double s = shared.isEmpty() ? 0 : 0.6 + 0.1 * shared.size();
                boolean byWords = s > 0;
                float[] vy = vectors.get(y);
                if (vx != null && vy != null) {
                    double cos = dot(vx, vy);
                    if (cos >= FLOOR && cos > s) {
                        s = cos;
                        byWords = false;
                    }
                }
                if (s > 0 && (best == null || s > best.similarity()
                        || (s == best.similarity() && (x + y).length() < (best.phraseA() + best.phraseB()).length()))) {
                    best = new Match(x, y, s, byWords);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The phrases of a profile before filtering: interests, plain tags, clauses of the notes (lower case kept as written). */
    static List<String> rawPhrases(Profile p) {
        List<String> out = new ArrayList<>();
        for (String i : p.interests()) {
            add(out, i);
        }
        for (String t : p.tags()) {
            if (!t.contains(":")) {
                add(out, t);
            }
        }
        if (p.notes() != null) {
            for (String clause : p.notes().split("[.;:!?\\n,()\"]|\\s+(?:and|but|because|while|so)\\s+")) {
                add(out, clause);
            }
        }
        return out;
    }

    private static void add(List<String> out, String phrase) {
        String t = phrase.strip().replaceAll("\\s+", " ");
        if (t.isEmpty() || t.length() > 120 || t.contains("@") || t.contains("://")) {
            return;
        }
        String[] words = t.split(" ");
        int from = 0;
        while (from < words.length && (Terms.counts(words[from]).isEmpty() || stems(words[from]).isEmpty())) {
            from++; // "Mentioned looking for speakers on AI" is quoted as "speakers on AI"
        }
        if (from == words.length || words.length - from > MAX_WORDS) {
            return;
        }
        out.add(String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length)));
    }

    /** The word stems of {@code phrase} that are neither stop words, filler, numbers nor single letters. */
    public static Set<String> stems(String phrase) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : Terms.counts(phrase).keySet()) {
            if (w.length() < 3 || FILLER.contains(w) || w.chars().anyMatch(Character::isDigit)) {
                continue;
            }
            out.add(root(w));
        }
        for (String w : Text.words(phrase).split(" ")) {
            if (FILLER.contains(w)) {
                out.remove(root(Terms.stem(w)));
            }
        }
        return out;
    }

    /** A coarser stem for matching: "migrating", "migration", "migrated" are one root. */
    static String root(String w) {
        for (String suffix : new String[] {"ion", "ing", "ed", "er", "es", "e"}) {
            if (w.length() - suffix.length() >= 4 && w.endsWith(suffix)) {
                return w.substring(0, w.length() - suffix.length());
            }
        }
        return w;
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
