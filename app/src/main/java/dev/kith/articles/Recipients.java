package dev.kith.articles;

import dev.kith.embeddings.Profile;
import dev.kith.embeddings.ProfileIndex;
import dev.kith.embeddings.Terms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Ranks contacts for an article. The score adds explicit matches (an interest or tag whose words
 * the article uses, words of the notes, a recent milestone about the same thing) to the embedding
 * similarity <em>calibrated on the book</em>: the model's cosines sit in a narrow band that differs
 * per article, so the raw cosine is turned into a z-score over all reachable contacts for this
 * article. A contact needs an explicit match or a similarity at least {@value #MIN_Z} standard
 * deviations above the book's mean to be suggested; notes count from {@value #NOTE_WORDS} shared words.
 */
final class Recipients {
    static final double MIN_Z = 1.0;
    /** How many words the notes must share with an article to count: one shared word is mostly chance. */
    static final int NOTE_WORDS = 2;

    private Recipients() {
    }

    static List<Recipient> rank(ProfileIndex index, Article article, Set<Long> excluded, LocalDate today, int limit) {
        List<Profile> profiles = index.profiles();
        float[] sims = index.similarities(article.matchText());
        Set<String> words = Terms.counts(article.matchText()).keySet();
        double sum = 0;
        double sq = 0;
        int n = 0;
        for (int i = 0; i < sims.length; i++) {
            if (profiles.get(i).reachable()) {
                sum += sims[i];
                sq += sims[i] * sims[i];
                n++;
            }
        }
        double mean = n == 0 ? 0 : sum / n;
        double std = n < 2 ? 1 : Math.sqrt(Math.max(1e-9, sq / n - mean * mean));
        boolean[] sharing = index.sharing(words);
        PriorityQueue<double[]> top = new PriorityQueue<>(Comparator.<double[]>comparingDouble(x -> x[0])
                .thenComparing(x -> -x[1]));
        for (int i = 0; i < sims.length; i++) {
            Profile p = profiles.get(i);
            if (!p.reachable() || excluded.contains(p.id())) {
                continue;
            }
            double z = (sims[i] - mean) / std;
            double explicit = sharing[i] ? explicit(index.facets(i), words) : 0;
            if (explicit == 0 && (z < MIN_Z || sims[i] <= 0)) {
                continue;
            }
            double score = explicit + 0.5 * z;
            top.add(new double[] {score, p.id(), i, z});
            if (top.size() > limit) {
                top.poll();
            }
        }
        List<double[]> best = new ArrayList<>(top);
        best.sort(Comparator.<double[]>comparingDouble(x -> -x[0]).thenComparingDouble(x -> x[1]));
        List<Recipient> out = new ArrayList<>();
        for (double[] b : best) {
            int row = (int) b[2];
            Profile p = profiles.get(row);
            out.add(new Recipient(p.id(), p.name(), Math.round(b[0] * 1000) / 1000.0,
                    Math.round(sims[row] * 1000) / 1000.0, reasons(index, row, words, article.matchText(), sims[row], b[3], today)));
        }
        return out;
    }

    /** The reasons {@code contactId} fits {@code article}, strongest first (empty when none). */
    static List<String> reasonsFor(ProfileIndex index, Article article, long contactId) {
        int row = index.row(contactId);
        if (row < 0) {
            return List.of();
        }
        Set<String> words = Terms.counts(article.matchText()).keySet();
        List<String> r = reasons(index, row, words, article.matchText(), Double.NaN, Double.NaN, null);
        return r;
    }

    /** What ties {@code contactId} to {@code article}, for the note ({@link Hook#NONE} when they are not in the index). */
    static Hook hook(ProfileIndex index, Article article, long contactId) {
        int row = index.row(contactId);
        if (row < 0) {
            return Hook.NONE;
        }
        Set<String> words = Terms.counts(article.matchText()).keySet();
        Profile p = index.profiles().get(row);
        ProfileIndex.Facets f = index.facets(row);
        List<String> interests = new ArrayList<>();
        for (int i = 0; i < f.interests().size(); i++) {
            if (overlaps(f.interests().get(i), words)) {
                interests.add(p.interests().get(i));
            }
        }
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < f.tags().size(); i++) {
            if (overlaps(f.tags().get(i), words)) {
                tags.add(p.tags().get(i));
            }
        }
        Profile.Recent milestone = null;
        for (int i = 0; i < f.recent().size() && milestone == null; i++) {
            if (overlaps(f.recent().get(i), words)) {
                milestone = p.recent().get(i);
            }
        }
        return new Hook(interests, tags, milestone);
    }

    private static double explicit(ProfileIndex.Facets f, Set<String> words) {
        double s = 0;
        for (Set<String> interest : f.interests()) {
            if (overlaps(interest, words)) {
                s += 1.0;
            }
        }
        for (Set<String> tag : f.tags()) {
            if (overlaps(tag, words)) {
                s += 0.7;
            }
        }
        int notes = 0;
        for (String w : f.notes()) {
            if (words.contains(w)) {
                notes++;
            }
        }
        if (notes >= NOTE_WORDS) {
            s += 0.25 * Math.min(4, notes);
        }
        for (Set<String> recent : f.recent()) {
            if (overlaps(recent, words)) {
                s += 0.6;
                break;
            }
        }
        return s;
    }

    private static boolean overlaps(Set<String> a, Set<String> b) {
        for (String w : a) {
            if (b.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static String where(Profile p, String phrase) {
        if (p.interests().contains(phrase)) {
            return "an interest";
        }
        return p.tags().contains(phrase) ? "a tag" : "your notes";
    }

    private static List<String> reasons(ProfileIndex index, int row, Set<String> words, String text, double sim,
                                        double z, LocalDate today) {
        Profile p = index.profiles().get(row);
        ProfileIndex.Facets f = index.facets(row);
        List<String> out = new ArrayList<>();
        List<String> interests = new ArrayList<>();
        for (int i = 0; i < f.interests().size(); i++) {
            if (overlaps(f.interests().get(i), words)) {
                interests.add(p.interests().get(i));
            }
        }
        if (!interests.isEmpty()) {
            out.add("interested in " + String.join(", ", interests));
        }
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < f.tags().size(); i++) {
            if (overlaps(f.tags().get(i), words)) {
                tags.add(p.tags().get(i));
            }
        }
        if (!tags.isEmpty()) {
            out.add("tagged " + String.join(", ", tags));
        }
        List<String> notes = f.notes().stream().filter(words::contains)
                .sorted(Comparator.comparingDouble((String w) -> -index.idf(w)).thenComparing(w -> w)).limit(3).toList();
        if (notes.size() >= NOTE_WORDS) {
            out.add("your notes on them mention " + String.join(", ", notes));
        }
        for (int i = 0; i < f.recent().size(); i++) {
            if (overlaps(f.recent().get(i), words)) {
                Profile.Recent r = p.recent().get(i);
                out.add("recent news on " + dev.kith.core.Prose.date(r.date(), today == null ? r.date() : today)
                        + (r.text() == null ? "" : ": " + r.text()));
                break;
            }
        }
        if (!Double.isNaN(sim) && out.isEmpty()) {
            // close by meaning only: name the phrase of theirs the article is about, not a similarity figure
            index.closestPhrase(row, text).ifPresent(phrase -> out.add("\"" + phrase + "\" (" + where(p, phrase)
                    + ") is close to what the article is about"));
        }
        return out;
    }
}
