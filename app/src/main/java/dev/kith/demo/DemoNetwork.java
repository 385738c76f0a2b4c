package dev.kith.demo;

import dev.kith.app.Kith;
import dev.kith.contacts.ContactFilter;
import dev.kith.contacts.ContactSummary;
import dev.kith.contacts.Organization;
import dev.kith.network.Targets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The demo's introductions: three targets reachable through the demo's contacts, chosen from the
 * generated data so they work at any size and seed: a person outside the book at the busiest software
 * vendor (so Today proposes asking a colleague of theirs for the introduction), anyone at the busiest
 * healthcare organization, and anyone in government; plus one open referral ask. Deterministic.
 */
final class DemoNetwork {
    private DemoNetwork() {
    }

    static void add(Kith book) {
        List<ContactSummary> active = book.contacts().list(ContactFilter.ALL_ACTIVE).stream()
                .filter(c -> !c.doNotContact()).toList();
        Long me = book.me().orElse(null);
        String myOrg = me == null ? null : book.contacts().get(me).currentJob().map(j -> j.organization()).orElse(null);
        Map<String, String> industryOf = book.contacts().organizations().stream()
                .filter(o -> o.industry() != null)
                .collect(Collectors.toMap(Organization::name, Organization::industry, (a, b) -> a, TreeMap::new));
        Map<String, Long> sizes = active.stream().filter(c -> c.organization() != null && !c.organization().equals(myOrg))
                .collect(Collectors.groupingBy(ContactSummary::organization, TreeMap::new, Collectors.counting()));
        Targets targets = book.network().targets();
        String vendor = busiest(sizes, industryOf, Industries.SOFTWARE_VENDORS);
        if (vendor != null) {
            targets.addPerson("Priya Raman", vendor, "she led the cloud migration of forty library catalogues and"
                    + " I want to learn what she would do differently before we start ours");
        }
        String hospital = busiest(sizes, industryOf, "Healthcare");
        if (hospital != null) {
            targets.addOrganization(hospital, "their medical library runs the evidence service we want to copy");
        }
        if (industryOf.containsValue("Government")) {
            targets.addIndustry("Government", "state funding for library technology: who decides and how");
        }
        active.stream().filter(c -> c.organization() != null && !c.organization().equals(myOrg)
                        && "Higher education".equals(industryOf.get(c.organization())))
                .min(Comparator.comparing(ContactSummary::name))
                .ifPresent(c -> book.network().referrals().ask(c.id(), "accessibility audits", null));
        // wanted for three weeks now, so Today finds asking for the introduction due
        targets.backdate(book.clock().today().minusDays(TARGETS_AGE));
    }

    /** How many days before the demo's today its targets were added. */
    static final int TARGETS_AGE = 21;

    /** The organization of {@code industry} with the most active contacts (by name on a tie), or null. */
    private static String busiest(Map<String, Long> sizes, Map<String, String> industryOf, String industry) {
        String best = null;
        long most = 0;
        for (Map.Entry<String, Long> e : sizes.entrySet()) {
            if (Objects.equals(industryOf.get(e.getKey()), industry) && e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }
}
