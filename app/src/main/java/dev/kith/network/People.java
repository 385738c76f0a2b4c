package dev.kith.network;

import dev.kith.core.Text;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The nodes of a {@link BookGraph}: node 0 is me, nodes 1.. are the other contacts of the book in
 * id order, each with what targets and suggestions match on (current organization, its industry,
 * current title; their matching keys computed once) and whether they may be a hop. Immutable.
 */
public final class People {
    /** The node of me. */
    public static final int ME = 0;

    /** One node: {@code usable} is false for do-not-contact and archived contacts (never a hop). */
    public record Person(long contactId, String name, String organization, String industry, String title,
                         boolean usable) {
    }

    private final long book;
    private final LocalDate today;
    private final Long meContact;
    private final List<Person> nodes;
    /** The contact ids of nodes 1.., when ascending (as the graph loads them): a node is found by binary search. */
    private final long[] ids;
    /** Contact id to node, when the ids are not ascending. */
    private final Map<Long, Integer> index;
    /** Per node, the matching keys of the current organization, its industry and the title's words (null when none). */
    private final String[] organizationKeys;
    private final String[] industryKeys;
    private final List<List<String>> titleWords;

    People(long book, LocalDate today, Long meContact, List<Person> others) {
        this.book = book;
        this.today = today;
        this.meContact = meContact;
        Person me = new Person(meContact == null ? 0 : meContact, "me", null, null, null, false);
        Person[] all = new Person[others.size() + 1];
        all[0] = me;
        for (int i = 0; i < others.size(); i++) {
            all[i + 1] = others.get(i);
        }
        this.nodes = Arrays.asList(all);
        long[] sorted = new long[all.length - 1];
        boolean ascending = true;
        for (int i = 1; i < all.length; i++) {
            sorted[i - 1] = all[i].contactId();
            ascending &= i == 1 || sorted[i - 1] > sorted[i - 2];
        }
        if (ascending) {
            this.ids = sorted;
            this.index = null;
        } else {
            this.ids = null;
            this.index = new HashMap<>(all.length * 2);
            for (int i = 1; i < all.length; i++) {
                index.put(all[i].contactId(), i);
            }
        }
        organizationKeys = new String[all.length];
        industryKeys = new String[all.length];
        List<List<String>> words = new java.util.ArrayList<>(all.length);
        // organizations, industries and titles recur across the book: each distinct one is keyed once
        Map<String, String> keys = new HashMap<>();
        Map<String, List<String>> titles = new HashMap<>();
        for (int i = 0; i < all.length; i++) {
            Person p = all[i];
            organizationKeys[i] = p.organization() == null ? null : keys.computeIfAbsent(p.organization(), Text::key);
            industryKeys[i] = p.industry() == null ? null : keys.computeIfAbsent(p.industry(), Text::key);
            words.add(p.title() == null ? List.of()
                    : titles.computeIfAbsent(p.title(), t -> List.of(Text.words(t).split(" "))));
        }
        titleWords = words;
    }

    /** The key ({@link Text#key}) of node {@code node}'s current organization, or null. */
    String organizationKey(int node) {
        return organizationKeys[node];
    }

    /** The key of the industry of node {@code node}'s current organization, or null. */
    String industryKey(int node) {
        return industryKeys[node];
    }

    /** The words ({@link Text#words}) of node {@code node}'s current title; empty when none. */
    List<String> titleWords(int node) {
        return titleWords.get(node);
    }

    public long book() {
        return book;
    }

    /** The day the graph describes: colleague overlaps and tie strengths are as of this day. */
    public LocalDate today() {
        return today;
    }

    /** The contact id of me, or null when the book has no "me" contact. */
    public Long meContact() {
        return meContact;
    }

    /** How many nodes, me included. */
    public int size() {
        return nodes.size();
    }

    /** The node of contact {@code contactId} ({@link #ME} for the "me" contact), or -1 when it is not in the graph. */
    public int node(long contactId) {
        if (meContact != null && meContact == contactId) {
            return ME;
        }
        if (ids != null) {
            int at = Arrays.binarySearch(ids, contactId);
            return at < 0 ? -1 : at + 1;
        }
        Integer n = index.get(contactId);
        return n == null ? -1 : n;
    }

    public Person person(int node) {
        return nodes.get(node);
    }

    /** The nodes other than me, in node order. */
    public List<Person> others() {
        return nodes.subList(1, nodes.size());
    }
}
