package dev.kith.today;

import dev.kith.book.Book;
import dev.kith.core.Text;
import dev.kith.embeddings.CommonGround;
import dev.kith.embeddings.PhraseVectors;
import dev.kith.embeddings.Profile;
import dev.kith.embeddings.Profiles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What each contact I have never been in touch with shares with me (the book's "me" contact): the same
 * organization, the same field (their title and mine share a word of the trade, not of rank: "Product
 * Design Lead" and "Senior Product Designer" are both "product design"), the same industry, the same city,
 * and the closest pair of our interests, tags or notes by meaning as well as by words ({@link CommonGround}
 * over the stored phrase vectors, {@link PhraseVectors}: the model loads only when a phrase has none).
 * What the first day's reconnections rank by and name, and what the first circle is suggested from. Loaded
 * once per snapshot as a {@link SnapshotPart}; empty when the book has no "me" or nobody is untouched.
 * Bounded: beyond {@value #MAX_PHRASES} phrases, interests match by words only. Immutable.
 */
final class Affinity {
    /** More phrases than this among me and the untouched contacts: words only, no vectors asked for. */
    static final int MAX_PHRASES = 1000;

    /** Nothing shared with anyone. */
    static final Affinity NONE = new Affinity(Map.of());

    /** Title words of rank, not of a field: sharing them says nothing about the work. */
    private static final Set<String> RANK = Set.of("senior", "junior", "lead", "leader", "head", "chief", "principal",
            "staff", "associate", "assistant", "manager", "management", "director", "officer", "vice", "president",
            "intern", "trainee", "executive", "partner", "founder", "cofounder", "co-founder", "owner", "member",
            "team", "global", "regional", "group", "deputy", "acting", "interim", "freelance", "independent",
            "specialist", "coordinator", "consultant", "professional", "expert", "chair", "board", "advisor",
            "adviser", "ii", "iii", "iv", "sr", "jr", "vp", "svp", "evp", "ceo", "cto", "cfo", "coo", "cio", "general",
            "student", "employee", "worker", "self-employed", "retired", "new", "former");

    /** Someone's role word as the field it names: "designer" → "design", "engineer" → "engineering". */
    private static final Map<String, String> FIELD = Map.ofEntries(Map.entry("designer", "design"),
            Map.entry("designers", "design"), Map.entry("engineer", "engineering"),
            Map.entry("developer", "development"), Map.entry("researcher", "research"),
            Map.entry("scientist", "science"), Map.entry("analyst", "analytics"), Map.entry("marketer", "marketing"),
            Map.entry("writer", "writing"), Map.entry("editor", "editing"), Map.entry("teacher", "teaching"),
            Map.entry("architect", "architecture"), Map.entry("accountant", "accounting"),
            Map.entry("recruiter", "recruiting"), Map.entry("nurse", "nursing"), Map.entry("economist", "economics"),
            Map.entry("lawyer", "law"), Map.entry("attorney", "law"), Map.entry("photographer", "photography"),
            Map.entry("programmer", "programming"), Map.entry("strategist", "strategy"),
            Map.entry("librarian", "libraries"), Map.entry("archivist", "archives"), Map.entry("curator", "curation"),
            Map.entry("journalist", "journalism"), Map.entry("physician", "medicine"), Map.entry("doctor", "medicine"),
            Map.entry("statistician", "statistics"), Map.entry("producer", "production"),
            Map.entry("investor", "investing"), Map.entry("founder", "startups"), Map.entry("salesperson", "sales"),
            Map.entry("translator", "translation"), Map.entry("illustrator", "illustration"),
            Map.entry("copywriter", "copywriting"), Map.entry("tester", "testing"), Map.entry("trainer", "training"));

    /**
     * What one contact shares with me; any part may be null. {@code field} is a phrase such as "product
     * design"; {@code interest} the matched pair of phrases; {@code score} in [0, 1] ranks by them all.
     */
    record Shared(String organization, String field, String industry, String city, CommonGround.Match interest,
                  String theirOrganization, double score) {
        static final Shared NOTHING = new Shared(null, null, null, null, null, null, 0);

        boolean any() {
            return score > 0;
        }
    }

    private final Map<Long, Shared> shared;

    private Affinity(Map<Long, Shared> shared) {
        this.shared = Map.copyOf(shared);
    }

    /** What contact {@code id} shares with me; {@link Shared#NOTHING} when nothing (or they were not loaded). */
    Shared of(long id) {
        return shared.getOrDefault(id, Shared.NOTHING);
    }

    /**
     * The part of a snapshot: what each contact to reconnect with ({@link ReconnectKind#toReconnect}) shares with me in
     * {@code book}, and while no circle is chosen ({@link ChooseCircleKind#noneChosen}), every contact never in touch.
     */
    static SnapshotPart<Affinity> part(Book book) {
        return new SnapshotPart<>() {
            @Override
            public Affinity load(java.time.LocalDate today) {
                throw new UnsupportedOperationException("loaded from a snapshot");
            }

            @Override
            public Affinity load(Snapshot s) {
                return Affinity.load(book, s);
            }
        };
    }

    static Affinity load(Book book, Snapshot s) {
        long me = book.me().orElse(-1L);
        if (me < 0) {
            return NONE;
        }
        boolean firstCircle = ChooseCircleKind.noneChosen(s);
        List<Long> ids = new ArrayList<>();
        for (Snapshot.ContactFacts c : s.contacts()) {
            if (ReconnectKind.toReconnect(s, c) || (firstCircle && c.reachable() && c.lastContact() == null)) {
                ids.add(c.id());
            }
        }
        if (ids.isEmpty()) {
            return NONE;
        }
        ids.add(me);
        List<Profile> profiles = Profiles.load(book, s.today(), ids.size() > 500 ? null : ids);
        Profile mine = profiles.stream().filter(p -> p.id() == me).findFirst().orElse(null);
        if (mine == null) {
            return NONE;
        }
        CommonGround ground = CommonGround.of(profiles);
        Set<Long> wanted = new java.util.HashSet<>(ids);
        Set<String> phrases = new LinkedHashSet<>(ground.phrases(mine));
        Map<String, float[]> vectors = Map.of();
        if (!phrases.isEmpty()) {
            int mineOnly = phrases.size();
            for (Profile p : profiles) {
                if (wanted.contains(p.id()) && p.id() != me) {
                    phrases.addAll(ground.phrases(p));
                }
            }
            // nobody else has a phrase (a LinkedIn export has none): nothing to compare, no model to load
            vectors = phrases.size() == mineOnly || phrases.size() > MAX_PHRASES ? Map.of()
                    : PhraseVectors.of(book, phrases);
        }
        Set<String> myField = fieldRoots(mine.title());
        Map<Long, Shared> out = new HashMap<>();
        for (Profile p : profiles) {
            if (p.id() == me || !wanted.contains(p.id())) {
                continue;
            }
            Shared sh = compare(mine, myField, p, ground, vectors);
            if (sh.any() || sh.theirOrganization() != null) { // where they work now, for the draft, even if not shared
                out.put(p.id(), sh);
            }
        }
        return new Affinity(out);
    }

    private static Shared compare(Profile me, Set<String> myField, Profile them, CommonGround ground,
                                  Map<String, float[]> vectors) {
        double score = 0;
        String org = null;
        if (me.organization() != null && them.organization() != null
                && Text.key(me.organization()).equals(Text.key(them.organization()))) {
            org = them.organization().strip();
            score += 0.35;
        }
        String field = field(myField, them.title());
        if (field != null) {
            score += 0.3;
        }
        String industry = null;
        if (field == null && me.industry() != null && them.industry() != null
                && Text.key(me.industry()).equals(Text.key(them.industry()))) {
            industry = them.industry().strip();
            score += 0.2;
        }
        String city = null;
        String mine = city(me.location());
        if (mine != null && mine.equals(city(them.location()))) {
            city = firstPart(them.location());
            score += 0.25;
        }
        CommonGround.Match interest = ground.best(me, them, vectors).orElse(null);
        if (interest != null) {
            score += 0.15 + 0.25 * Math.min(1.0, interest.similarity());
        }
        return new Shared(org, field, industry, city, interest, them.organization(), Math.min(1.0, score));
    }

    /** The roots of a title's words of the trade (see {@link #RANK}). */
    static Set<String> fieldRoots(String title) {
        Set<String> roots = new LinkedHashSet<>();
        if (title == null) {
            return roots;
        }
        for (String word : words(title)) {
            if (!RANK.contains(word.toLowerCase(Locale.ROOT))) {
                roots.addAll(roots(word));
            }
        }
        return roots;
    }

    /**
     * The field {@code title} shares with a title of roots {@code mine}, as a phrase ("product design",
     * "UX research"): its shared words in their order, a role word as its field; null when none is shared.
     */
    static String field(Set<String> mine, String title) {
        if (mine.isEmpty() || title == null) {
            return null;
        }
        List<String> words = new ArrayList<>();
        for (String word : words(title)) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (RANK.contains(lower)) {
                continue;
            }
            Set<String> roots = roots(word);
            if (roots.isEmpty() || !mine.containsAll(roots)) {
                continue;
            }
            String named = FIELD.getOrDefault(lower, ACRONYM.matcher(word).matches() ? word : lower);
            if (!words.contains(named)) {
                words.add(named);
            }
        }
        return words.isEmpty() ? null : String.join(" ", words);
    }

    /** A title word written in capitals, a field's acronym: "UX", "AI", "HR", "QA". */
    private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("[A-Z][A-Z0-9&]{1,4}");

    /** The roots a title word matches by: an acronym as itself (too short for a stem), else its stems. */
    private static Set<String> roots(String word) {
        if (ACRONYM.matcher(word).matches() && !RANK.contains(word.toLowerCase(Locale.ROOT))) {
            return Set.of("#" + word);
        }
        return CommonGround.stems(word);
    }

    private static List<String> words(String title) {
        List<String> out = new ArrayList<>();
        for (String w : title.split("[^\\p{L}\\p{N}&+#-]+")) {
            if (!w.isBlank() && !w.equals("-")) {
                out.add(w);
            }
        }
        return out;
    }

    /** A location's city as a key: the first part before a comma ("Lisbon, Portugal" → "lisbon"). */
    static String city(String location) {
        String first = firstPart(location);
        return first == null ? null : Text.key(first);
    }

    private static String firstPart(String location) {
        if (location == null) {
            return null;
        }
        String first = location.split("[,;/]")[0].strip();
        return first.isEmpty() || Text.key(first).isEmpty() ? null : first;
    }
}
