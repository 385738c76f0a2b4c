package dev.kith.intros;

import dev.kith.core.Text;
import dev.kith.embeddings.CommonGround;
import dev.kith.embeddings.Profile;
import dev.kith.embeddings.Terms;
import dev.kith.milestones.MilestoneKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The common-ground keys of a profile that {@link Suggestions} pairs people by (an interest, a tag, a two-word
 * phrase of the notes, a milestone kind of the last {@value #MILESTONE_DAYS} days, the industry, the city), and
 * the words a shared key is given in a suggestion's reasons ("both interested in email migration").
 */
final class GroundKeys {
    static final int MILESTONE_DAYS = 30;

    /** A key: its type ("interest", "tag", "phrase", "milestone", "industry", "city") and its normalized value. */
    record Key(String type, String value) {
    }

    private GroundKeys() {
    }

    /**
     * Whether a match is one interest or tag that both have, word for word: the key's own reason ("both
     * interested in email migration") says it, so quoting the two identical phrases would repeat it.
     */
    static boolean sharedLabel(CommonGround.Match m, Profile a, Profile b) {
        String x = Text.words(m.phraseA());
        return x.equals(Text.words(m.phraseB())) && labelled(a, x) && labelled(b, x);
    }

    private static boolean labelled(Profile p, String words) {
        return p.interests().stream().anyMatch(i -> Text.words(i).equals(words))
                || p.tags().stream().anyMatch(t -> !t.contains(":") && Text.words(t).equals(words));
    }

    static List<Key> of(Profile p, LocalDate today, CommonGround ground) {
        Set<Key> keys = new HashSet<>();
        for (String i : p.interests()) {
            keys.add(new Key("interest", Text.words(i)));
        }
        for (String t : p.tags()) {
            if (!t.contains(":")) {
                keys.add(new Key("tag", Text.words(t)));
            }
        }
        for (String phrase : phrases(p.notes())) {
            if (!ground.informative(phrase).isEmpty() && CommonGround.stems(phrase).size() == 2) {
                keys.add(new Key("phrase", phrase));
            }
        }
        for (Profile.Recent r : p.recent()) {
            if (!r.date().isBefore(today.minusDays(MILESTONE_DAYS)) && r.kind() != MilestoneKind.OTHER) {
                keys.add(new Key("milestone", r.kind().code()));
            }
        }
        if (p.industry() != null) {
            keys.add(new Key("industry", Text.words(p.industry())));
        }
        if (p.location() != null) {
            keys.add(new Key("city", Text.words(p.location().split(",")[0])));
        }
        keys.removeIf(k -> k.value().isBlank());
        return keys.stream().sorted(Comparator.comparing(Key::type).thenComparing(Key::value)).toList();
    }

    /** Two-word phrases of the notes without stop words ("email migration"), stemmed. */
    static Set<String> phrases(String notes) {
        Set<String> out = new HashSet<>();
        if (notes == null) {
            return out;
        }
        for (String sentence : notes.split("[.;:!?\\n]")) {
            List<String> words = new ArrayList<>();
            for (String w : Text.words(sentence).split(" ")) {
                words.add(Terms.counts(w).isEmpty() ? null : Terms.stem(w));
            }
            for (int i = 0; i + 1 < words.size(); i++) {
                if (words.get(i) != null && words.get(i + 1) != null) {
                    out.add(words.get(i) + " " + words.get(i + 1));
                }
            }
        }
        return out;
    }

    static String reason(Key k, Profile a, Profile b, LocalDate today) {
        return switch (k.type()) {
            case "interest" -> "both interested in " + k.value();
            case "tag" -> "both tagged " + k.value();
            case "milestone" -> "both " + happened(k.value()) + when(a, b, k.value(), today);
            case "industry" -> "both work in " + (a.industry() != null ? a.industry() : k.value());
            case "city" -> "both in " + (a.location() != null ? a.location().split(",")[0].strip() : k.value());
            default -> k.type() + " " + k.value();
        };
    }

    private static String happened(String kind) {
        return switch (kind) {
            case "new-job" -> "changed jobs";
            case "promotion" -> "were promoted";
            case "award" -> "received awards";
            case "talk-given" -> "gave talks";
            case "publication" -> "published";
            case "attending-event" -> "are going to events";
            case "moved" -> "moved";
            default -> "shared news";
        };
    }

    private static String when(Profile a, Profile b, String kind, LocalDate today) {
        LocalDate da = a.recent().stream().filter(r -> r.kind().code().equals(kind)).findFirst().map(Profile.Recent::date).orElse(today);
        LocalDate db = b.recent().stream().filter(r -> r.kind().code().equals(kind)).findFirst().map(Profile.Recent::date).orElse(today);
        boolean thisMonth = da.getMonth() == today.getMonth() && db.getMonth() == today.getMonth()
                && da.getYear() == today.getYear() && db.getYear() == today.getYear();
        return thisMonth ? " this month" : " recently (" + da + ", " + db + ")";
    }
}
