package dev.kith.web;

import dev.kith.app.Kith;
import dev.kith.contacts.Circle;
import dev.kith.contacts.ContactFilter;
import dev.kith.contacts.ContactSummary;
import dev.kith.core.Text;
import dev.kith.core.ValidationException;
import dev.kith.search.SearchHit;
import dev.kith.search.SearchIndex;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One question about the contact list, as the Contacts page and {@code GET /api/v1/contacts} ask it:
 * words to search for (over the full-text index), a tag, a circle, only those due, an order and a
 * page size. Nulls mean "any".
 */
record ContactQuery(String q, String tag, Circle circle, boolean dueOnly, Sort sort, int limit) {
    static final int DEFAULT_LIMIT = 200;
    /**
     * Rows of a search when no limit is asked for: search as you type shows its best matches, as a
     * phone's contacts app does, and "Show more" asks for more.
     */
    static final int DEFAULT_SEARCH_LIMIT = 20;
    /** Rows "Show more" adds. */
    private static final int MORE = 100;
    static final int MAX_LIMIT = 10_000;

    ContactQuery {
        q = Text.blankToNull(q);
        tag = Text.blankToNull(tag);
        sort = sort == null ? (q != null ? Sort.RELEVANCE : Sort.NAME) : sort;
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ValidationException("limit", "must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
    }

    /** Reads a query from request parameters; {@code get} returns null for an absent parameter. */
    static ContactQuery from(java.util.function.Function<String, String> get) {
        String circle = Text.blankToNull(get.apply("circle"));
        String sort = Text.blankToNull(get.apply("sort"));
        String limit = Text.blankToNull(get.apply("limit"));
        String due = get.apply("due");
        return new ContactQuery(get.apply("q"), get.apply("tag"),
                circle == null ? null : Circle.parse("circle", circle),
                due != null && (due.equals("true") || due.equals("on") || due.equals("1")),
                sort == null ? null : Sort.parse(sort),
                limit == null ? (Text.blankToNull(get.apply("q")) == null ? DEFAULT_LIMIT : DEFAULT_SEARCH_LIMIT)
                        : Params.integer("limit", limit));
    }

    /** This query with {@link #MORE} more rows, as the parameters of a {@code /contacts} link. */
    String moreParameters() {
        StringBuilder out = new StringBuilder();
        param(out, "q", q);
        param(out, "tag", tag);
        param(out, "circle", circle == null ? null : circle.code());
        param(out, "due", dueOnly ? "true" : null);
        param(out, "sort", q != null && sort == Sort.RELEVANCE || q == null && sort == Sort.NAME ? null : sort.code());
        param(out, "limit", Integer.toString(Math.min(MAX_LIMIT, limit + MORE)));
        return out.toString();
    }

    private static void param(StringBuilder out, String name, String value) {
        if (value != null) {
            out.append(out.isEmpty() ? "" : "&").append(name).append('=')
                    .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /** Orders of the list. */
    enum Sort {
        NAME, LAST, STRENGTH, DUE, RELEVANCE;

        static Sort parse(String text) {
            try {
                return valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ValidationException("sort", "'" + text + "' is not one of name, last, strength, due, relevance");
            }
        }

        String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The answer: the first {@code limit} rows and how many matched in all. */
    record Result(List<ContactRow> rows, int total) {
        Result {
            rows = List.copyOf(rows);
        }
    }

    /** Runs the query against {@code book}. */
    Result run(Kith book) {
        LocalDate today = book.clock().today();
        Map<Long, LocalDate> due = book.today().dueDates();
        ContactFilter filter = new ContactFilter(tag, circle, false);
        Stream<ContactRow> rows;
        if (q != null && sort == Sort.RELEVANCE && tag == null && circle == null && !dueOnly) {
            return bestMatches(book, today);
        }
        if (q != null) {
            // only the hits are read: a search answers in milliseconds however large the book
            List<SearchHit> hits = withEmail(book, search(book, MAX_LIMIT));
            List<Long> ids = hits.stream().map(SearchHit::id).toList();
            Map<Long, ContactSummary> byId = new HashMap<>();
            book.contacts().list(filter, ids).forEach(s -> byId.put(s.id(), s));
            Map<Long, Integer> strength = Strength.interactionCounts(book, ids);
            List<String> words = MatchedIn.words(q);
            rows = hits.stream().filter(h -> byId.containsKey(h.id()))
                    .map(h -> row(byId.get(h.id()), strength, today, due, words, h));
        } else {
            Map<Long, Integer> strength = Strength.interactionCounts(book, null);
            rows = book.contacts().list(filter).stream()
                    .map(s -> ContactRow.of(s, strength.getOrDefault(s.id(), 0), today, due.get(s.id())));
        }
        if (dueOnly) {
            rows = rows.filter(ContactRow::due);
        }
        List<ContactRow> matched = (sort == Sort.RELEVANCE ? rows : rows.sorted(order(book, today))).toList();
        return new Result(matched.subList(0, Math.min(limit, matched.size())), matched.size());
    }

    private static ContactRow row(ContactSummary s, Map<Long, Integer> counts, LocalDate today,
                                  Map<Long, LocalDate> due, List<String> words, SearchHit hit) {
        return ContactRow.of(s, counts.getOrDefault(s.id(), 0), today, due.get(s.id()),
                MatchedIn.of(words, s, hit));
    }

    /**
     * A plain search by relevance, the search-as-you-type case: the best {@code limit} active hits
     * read in full and the rest only counted.
     */
    private Result bestMatches(Kith book, LocalDate today) {
        if (q.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return new Result(List.of(), 0);
        }
        SearchIndex.Page page = book.search().page(q, limit);
        List<SearchHit> found = withEmail(book, page.hits());
        int extra = found.size() - page.hits().size();
        List<Long> ids = found.stream().map(SearchHit::id).toList();
        Map<Long, ContactSummary> byId = new HashMap<>();
        book.contacts().list(ContactFilter.ALL_ACTIVE, ids).forEach(s -> byId.put(s.id(), s));
        // a hit archived between the two reads is left out
        List<SearchHit> shown = found.stream().filter(h -> byId.containsKey(h.id())).limit(limit).toList();
        Map<Long, Integer> counts = Strength.interactionCounts(book, shown.stream().map(SearchHit::id).toList());
        Map<Long, LocalDate> due = book.today().dueDates();
        List<String> words = MatchedIn.words(q);
        List<ContactRow> rows = shown.stream().map(h -> row(byId.get(h.id()), counts, today, due, words, h)).toList();
        return new Result(rows, page.total() + extra);
    }

    /**
     * {@code hits} after the person whose email address the query is, when it is one and the index
     * (which holds no addresses) did not find them: looking up a whole address is one indexed read.
     */
    private List<SearchHit> withEmail(Kith book, List<SearchHit> hits) {
        if (q.indexOf('@') < 1 || q.contains(" ")) {
            return hits;
        }
        Long id = book.contacts().idsByEmail(List.of(q)).values().stream().findFirst().orElse(null);
        if (id == null || hits.stream().anyMatch(h -> h.id() == id)) {
            return hits;
        }
        List<SearchHit> out = new java.util.ArrayList<>(hits.size() + 1);
        out.add(new SearchHit(id, null, null, false, null, 5));
        out.addAll(hits);
        return out;
    }

    private List<SearchHit> search(Kith book, int max) {
        if (q.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return List.of();
        }
        return book.search().search(q, max);
    }

    private Comparator<ContactRow> order(Kith book, LocalDate today) {
        Comparator<ContactRow> byName = Comparator.comparing(r -> Text.key(r.name()));
        return switch (sort) {
            case NAME, RELEVANCE -> byName;
            case LAST -> Comparator.comparing(ContactRow::lastInteraction,
                    Comparator.nullsLast(Comparator.<LocalDate>reverseOrder())).thenComparing(byName);
            case STRENGTH -> {
                Map<Long, Integer> totals = Strength.tieStrengths(book, today);
                yield Comparator.<ContactRow>comparingInt(r -> totals.getOrDefault(r.id(), 0)).reversed()
                        .thenComparing(byName);
            }
            case DUE -> Comparator.comparing(ContactRow::nextDue).thenComparing(byName);
        };
    }
}
