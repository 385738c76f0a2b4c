package dev.kith.network;

import dev.kith.contacts.Circle;
import dev.kith.store.Database;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How broad the network of one book is: the mix of industries, organizations and circles among the
 * active contacts (not archived, not me), and where it is narrow. Rules (see docs/decisions.md):
 * one industry above {@value #INDUSTRY_LIMIT}% of the contacts whose industry is known; one
 * organization above {@value #ORGANIZATION_LIMIT}% of those with a known organization; fewer than
 * {@value #FEW_ORGANIZATIONS} organizations for {@value #ENOUGH_PEOPLE} or more contacts; no inner or
 * close ties; and more than {@value #CLOSE_LIMIT}% in the inner and close circles (weak ties bring new
 * information). Each rule applies only from {@value #ENOUGH_PEOPLE} contacts on. Thread-safe.
 */
public final class Breadth {
    static final int INDUSTRY_LIMIT = 50;
    static final int ORGANIZATION_LIMIT = 30;
    static final int FEW_ORGANIZATIONS = 5;
    static final int CLOSE_LIMIT = 60;
    static final int ENOUGH_PEOPLE = 10;
    /** How many industries and organizations a report lists; the rest are summed as "other". */
    static final int TOP = 10;

    /** A group of contacts and its share of the whole, in percent rounded to one decimal. */
    public record Share(String name, int count, double share) {
    }

    /** The mix; {@code unknown...} count contacts without a known industry or organization. */
    public record Report(int contacts, List<Share> industries, int unknownIndustry, List<Share> organizations,
                         int unknownOrganization, List<Share> circles, List<String> narrow) {
    }

    private final Database db;
    private final long book;

    public Breadth(Database db, long book) {
        this.db = db;
        this.book = book;
    }

    /** Today's mix of the book's active contacts. */
    public Report report() {
        record Row(long id, String circle, String org, String industry) {
        }
        List<Row> rows = db.read(h -> h.createQuery("""
                        SELECT c.id, c.circle, o.name AS org, o.industry FROM contacts c
                        LEFT JOIN employments e ON e.book_id = c.book_id AND e.contact_id = c.id AND e.end_on IS NULL
                        LEFT JOIN organizations o ON o.book_id = e.book_id AND o.id = e.organization_id
                        WHERE c.book_id = :book AND c.archived = :no
                          AND c.id <> coalesce((SELECT me_contact_id FROM books WHERE id = :book), -1)
                        ORDER BY c.id, e.id""")
                .bind("book", book).bind("no", false)
                .map((rs, ctx) -> new Row(rs.getLong("id"), rs.getString("circle"), rs.getString("org"),
                        rs.getString("industry")))
                .list());
        Map<Long, Row> people = new LinkedHashMap<>();
        for (Row r : rows) {
            people.merge(r.id(), r, (a, b) -> a.org() != null ? a : b);
        }
        Map<String, Integer> industries = new LinkedHashMap<>();
        Map<String, Integer> orgs = new LinkedHashMap<>();
        Map<String, Integer> circles = new LinkedHashMap<>();
        for (Circle c : Circle.values()) {
            circles.put(c.code(), 0);
        }
        int noIndustry = 0;
        int noOrg = 0;
        for (Row r : people.values()) {
            circles.merge(r.circle(), 1, Integer::sum);
            if (r.industry() == null || r.industry().isBlank()) {
                noIndustry++;
            } else {
                industries.merge(r.industry().strip().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
            if (r.org() == null) {
                noOrg++;
            } else {
                orgs.merge(r.org(), 1, Integer::sum);
            }
        }
        int total = people.size();
        int knownIndustry = total - noIndustry;
        int knownOrg = total - noOrg;
        List<Share> industryShares = top(industries, knownIndustry);
        List<Share> orgShares = top(orgs, knownOrg);
        List<Share> circleShares = new ArrayList<>();
        circles.forEach((k, v) -> circleShares.add(new Share(k, v, percent(v, total))));
        List<String> narrow = new ArrayList<>();
        if (total >= ENOUGH_PEOPLE) {
            if (!industryShares.isEmpty() && knownIndustry >= ENOUGH_PEOPLE
                    && industryShares.get(0).share() > INDUSTRY_LIMIT) {
                Share s = industryShares.get(0);
                narrow.add(String.format(Locale.ROOT, "%.0f%% of the contacts whose industry you know are in %s:"
                        + " broaden your network outside your industry", s.share(), s.name()));
            }
            if (!orgShares.isEmpty() && knownOrg >= ENOUGH_PEOPLE && orgShares.get(0).share() > ORGANIZATION_LIMIT) {
                Share s = orgShares.get(0);
                narrow.add(String.format(Locale.ROOT, "%.0f%% of your contacts with a known organization work at %s:"
                        + " meet people beyond it", s.share(), s.name()));
            }
            if (knownOrg >= ENOUGH_PEOPLE && orgs.size() < FEW_ORGANIZATIONS) {
                narrow.add("your contacts work at only " + orgs.size() + " organization" + (orgs.size() == 1 ? "" : "s")
                        + ": meet people at other organizations");
            }
            int close = circles.get(Circle.INNER.code()) + circles.get(Circle.CLOSE.code());
            if (close == 0) {
                narrow.add("no one is in your inner or close circle: deepen a few ties");
            } else if (percent(close, total) > CLOSE_LIMIT) {
                narrow.add(String.format(Locale.ROOT, "%.0f%% of your contacts are in your inner or close circle:"
                        + " weak ties bring new information, widen the outer circles", percent(close, total)));
            }
            if (noIndustry * 2 > total) {
                narrow.add("the industry of " + noIndustry + " of " + total + " contacts is unknown:"
                        + " set it with kith orgs ORG --industry I for a truer picture");
            }
        }
        return new Report(total, industryShares, noIndustry, orgShares, noOrg, circleShares, narrow);
    }

    private static List<Share> top(Map<String, Integer> counts, int of) {
        List<Share> all = counts.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).reversed()
                        .thenComparing(Map.Entry::getKey))
                .map(e -> new Share(e.getKey(), e.getValue(), percent(e.getValue(), of))).toList();
        if (all.size() <= TOP) {
            return all;
        }
        List<Share> kept = new ArrayList<>(all.subList(0, TOP));
        int rest = all.subList(TOP, all.size()).stream().mapToInt(Share::count).sum();
        kept.add(new Share("other (" + (all.size() - TOP) + ")", rest, percent(rest, of)));
        return kept;
    }

    private static double percent(int part, int whole) {
        return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 10.0;
    }
}
