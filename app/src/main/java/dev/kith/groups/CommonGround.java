package dev.kith.groups;

import dev.kith.contacts.Contact;
import dev.kith.contacts.Organization;
import dev.kith.core.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Picks the fellow members a new member has the most in common with: each shared interest counts 3,
 * each shared tag 2, the same industry (of their current organizations) 2, the same location 1; ties
 * go to the longer-standing member, then by name. Members with nothing in common still qualify, last.
 */
final class CommonGround {
    private CommonGround() {
    }

    /** Up to {@code count} of {@code others} to introduce {@code newcomer} to, best first, each with the reasons. */
    static List<Introduction> pick(Contact newcomer, List<Contact> others, Map<String, String> industries, int count) {
        record Scored(Contact contact, int score, List<String> why) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Contact other : others) {
            List<String> why = new ArrayList<>();
            int score = 0;
            for (String interest : shared(newcomer.interests(), other.interests())) {
                why.add("both interested in " + interest);
                score += 3;
            }
            for (String tag : shared(newcomer.tags(), other.tags())) {
                why.add("both tagged " + tag);
                score += 2;
            }
            String industry = industry(newcomer, industries);
            if (industry != null && Objects.equals(Text.key(industry), Text.key(industry(other, industries)))) {
                why.add("same industry: " + industry);
                score += 2;
            }
            if (newcomer.location() != null && Text.key(newcomer.location()).equals(Text.key(other.location()))) {
                why.add("both in " + newcomer.location());
                score += 1;
            }
            scored.add(new Scored(other, score, why));
        }
        return scored.stream()
                .sorted(Comparator.comparingInt(Scored::score).reversed()
                        .thenComparing(s -> Text.key(s.contact().name())).thenComparingLong(s -> s.contact().id()))
                .limit(count)
                .map(s -> new Introduction(s.contact().id(), s.contact().name(), s.why()))
                .toList();
    }

    /** Industry by organization name key, from the book's organizations. */
    static Map<String, String> industries(List<Organization> organizations) {
        Map<String, String> map = new java.util.HashMap<>();
        for (Organization o : organizations) {
            if (o.industry() != null) {
                map.put(Text.key(o.name()), o.industry());
            }
        }
        return map;
    }

    private static String industry(Contact c, Map<String, String> industries) {
        return c.currentJob().map(j -> j.organization() == null ? null : industries.get(Text.key(j.organization())))
                .orElse(null);
    }

    private static List<String> shared(List<String> a, List<String> b) {
        List<String> keys = b.stream().map(Text::key).toList();
        return a.stream().filter(x -> keys.contains(Text.key(x))).toList();
    }
}
