package dev.kith.dav;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Element;

/**
 * The filter of a CardDAV {@code addressbook-query} REPORT (RFC 6352 section 10.5): prop-filters with
 * is-not-defined, text-match (equals, contains, starts-with, ends-with; negated; the collations
 * i;unicode-casemap, i;ascii-casemap and i;octet) and param-filters, combined by anyof or allof; and the
 * limit on the number of results. A card is matched on its text, unfolded, in time linear in its size.
 * Immutable, thread-safe.
 */
final class AddressBookQuery {
    private final boolean allOf;
    private final List<PropFilter> filters;
    /** The most results wanted, or -1 for no limit. */
    private final int limit;

    private AddressBookQuery(boolean allOf, List<PropFilter> filters, int limit) {
        this.allOf = allOf;
        this.filters = filters;
        this.limit = limit;
    }

    private record TextMatch(String text, String match, String collation, boolean negate) {
        boolean test(String value) {
            String v = fold(value);
            String t = fold(text);
            boolean hit = switch (match) {
                case "equals" -> v.equals(t);
                case "starts-with" -> v.startsWith(t);
                case "ends-with" -> v.endsWith(t);
                default -> v.contains(t);
            };
            return hit != negate;
        }

        private String fold(String s) {
            return switch (collation) {
                case "i;octet" -> s;
                case "i;ascii-casemap" -> asciiLower(s);
                default -> s.toLowerCase(Locale.ROOT);
            };
        }
    }

    private record ParamFilter(String name, boolean notDefined, TextMatch match) {
    }

    private record PropFilter(String name, boolean allOf, boolean notDefined, List<TextMatch> matches,
                              List<ParamFilter> params) {
    }

    /** The query in the REPORT body {@code root}; a 403 {@link DavProblem} for a collation Kith does not have. */
    static AddressBookQuery of(Element root) {
        Element filter = DavXml.child(root, DavXml.CARDDAV, "filter");
        List<PropFilter> filters = new ArrayList<>();
        boolean allOf = false;
        if (filter != null) {
            allOf = "allof".equals(filter.getAttribute("test"));
            for (Element pf : DavXml.children(filter)) {
                if (DavXml.is(pf, DavXml.CARDDAV, "prop-filter")) {
                    filters.add(propFilter(pf));
                }
            }
        }
        int limit = -1;
        Element limitElement = DavXml.child(root, DavXml.CARDDAV, "limit");
        Element n = limitElement == null ? null : DavXml.child(limitElement, DavXml.CARDDAV, "nresults");
        if (n != null) {
            try {
                limit = Math.max(0, Integer.parseInt(n.getTextContent().strip()));
            } catch (NumberFormatException e) {
                throw new DavProblem(400, "nresults is a number, not " + n.getTextContent().strip());
            }
        }
        return new AddressBookQuery(allOf, List.copyOf(filters), limit);
    }

    private static PropFilter propFilter(Element e) {
        List<TextMatch> matches = new ArrayList<>();
        List<ParamFilter> params = new ArrayList<>();
        boolean notDefined = false;
        for (Element c : DavXml.children(e)) {
            if (DavXml.is(c, DavXml.CARDDAV, "is-not-defined")) {
                notDefined = true;
            } else if (DavXml.is(c, DavXml.CARDDAV, "text-match")) {
                matches.add(textMatch(c));
            } else if (DavXml.is(c, DavXml.CARDDAV, "param-filter")) {
                Element tm = DavXml.child(c, DavXml.CARDDAV, "text-match");
                params.add(new ParamFilter(c.getAttribute("name").strip().toUpperCase(Locale.ROOT),
                        DavXml.child(c, DavXml.CARDDAV, "is-not-defined") != null, tm == null ? null : textMatch(tm)));
            }
        }
        return new PropFilter(e.getAttribute("name").strip().toUpperCase(Locale.ROOT), "allof".equals(e.getAttribute("test")),
                notDefined, List.copyOf(matches), List.copyOf(params));
    }

    private static TextMatch textMatch(Element e) {
        String collation = e.getAttribute("collation").isBlank() ? "i;unicode-casemap" : e.getAttribute("collation").strip();
        if (!List.of("i;unicode-casemap", "i;ascii-casemap", "i;octet").contains(collation)) {
            throw new DavProblem(403, "Kith compares text with i;unicode-casemap, i;ascii-casemap or i;octet, not "
                    + collation, "<card:supported-collation/>");
        }
        String match = e.getAttribute("match-type").isBlank() ? "contains" : e.getAttribute("match-type").strip();
        if (!List.of("equals", "contains", "starts-with", "ends-with").contains(match)) {
            throw new DavProblem(400, "a text-match's match-type is equals, contains, starts-with or ends-with, not " + match);
        }
        return new TextMatch(e.getTextContent(), match, collation, "yes".equals(e.getAttribute("negate-condition")));
    }

    /** The most results wanted, or -1 for no limit. */
    int limit() {
        return limit;
    }

    /** Whether the vCard {@code text} passes the filter. */
    boolean matches(String text) {
        if (filters.isEmpty()) {
            return true;
        }
        List<CardProperties.Property> props = CardProperties.of(text);
        for (PropFilter f : filters) {
            boolean hit = matches(f, props);
            if (hit && !allOf) {
                return true;
            }
            if (!hit && allOf) {
                return false;
            }
        }
        return allOf;
    }

    private static boolean matches(PropFilter f, List<CardProperties.Property> props) {
        List<CardProperties.Property> named = props.stream().filter(p -> p.name().equals(f.name())).toList();
        if (f.notDefined()) {
            return named.isEmpty();
        }
        if (named.isEmpty()) {
            return false;
        }
        if (f.matches().isEmpty() && f.params().isEmpty()) {
            return true;
        }
        for (CardProperties.Property p : named) {
            if (passes(f, p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean passes(PropFilter f, CardProperties.Property p) {
        List<Boolean> results = new ArrayList<>();
        f.matches().forEach(m -> results.add(m.test(p.value())));
        for (ParamFilter pf : f.params()) {
            List<String> values = new ArrayList<>();
            boolean defined = false;
            for (String[] param : p.params()) {
                if (param[0].equals(pf.name())) {
                    defined = true;
                    values.add(param[1]);
                }
            }
            if (pf.notDefined()) {
                results.add(!defined);
            } else if (pf.match() == null) {
                results.add(defined);
            } else {
                results.add(values.stream().anyMatch(v -> pf.match().test(v)));
            }
        }
        return f.allOf() ? !results.contains(false) : results.contains(true);
    }

    private static String asciiLower(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            out.append(ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch);
        }
        return out.toString();
    }
}
