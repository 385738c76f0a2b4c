package dev.kith.phonebook;

import dev.kith.book.Book;
import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactDraft;
import dev.kith.contacts.ContactPatch;
import dev.kith.contacts.Contacts;
import dev.kith.contacts.Origin;
import dev.kith.io.ImportException;
import dev.kith.io.imports.CardReader;
import dev.kith.io.imports.ContactMatcher;
import dev.kith.milestones.MilestoneKind;
import dev.kith.milestones.Milestones;
import dev.kith.phonebook.Fields.Field;
import dev.kith.phonebook.PhonebookStore.CardRow;
import dev.kith.search.NewContact;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The Kith side of one sync, run inside one transaction: cards gone from the server archive their
 * person; new cards match a person by the vCard import's rules or become new people; changed cards
 * merge three ways with Kith's values; and every card whose merged values differ from the server's
 * becomes a pending {@link Outgoing.Update}. Not thread-safe; one run only.
 */
final class Incoming {
    private final Book book;
    private final Contacts contacts;
    private final Milestones milestones;
    private final PhonebookStore store;
    private final String sourceId;
    private final List<String> warnings;
    private final List<CardRow> rows = new ArrayList<>();
    private final List<Outgoing.Update> updates = new ArrayList<>();
    private ContactMatcher matcher;
    private Set<Long> linked;
    int created;
    int updated;
    int archived;
    int conflicts;
    String version;
    private final long now;

    Incoming(Book book, Contacts contacts, Milestones milestones, PhonebookStore store, String sourceId,
             List<String> warnings, long now) {
        this.now = now;
        this.book = book;
        this.contacts = contacts;
        this.milestones = milestones;
        this.store = store;
        this.sourceId = sourceId;
        this.warnings = warnings;
    }

    List<Outgoing.Update> updates() {
        return updates;
    }

    /** Archives the people whose cards the server no longer has, and forgets those cards. */
    void removed(Set<String> hrefs) {
        for (CardRow row : store.cards(sourceId, hrefs).values()) {
            contacts.find(row.contactId()).filter(c -> !c.archived()).ifPresent(c -> {
                contacts.archive(c.id(), true);
                archived++;
            });
        }
        store.deleteCards(sourceId, hrefs);
    }

    /** Brings the fetched cards ({@code href} to ETag and text) into Kith, in href order. */
    void changed(Map<String, CardDavClient.Fetched> fetched) {
        Map<String, CardRow> known = store.cards(sourceId, fetched.keySet());
        List<String> newHrefs = new ArrayList<>();
        List<ContactDraft> drafts = new ArrayList<>();
        List<CardDavClient.Fetched> newCards = new ArrayList<>();
        Map<String, CardText> groups = new TreeMap<>();
        for (Map.Entry<String, CardDavClient.Fetched> e : new TreeMap<>(fetched).entrySet()) {
            String href = e.getKey();
            CardDavClient.Fetched card = e.getValue();
            if (isGroup(card.text())) {
                groups.put(href, CardText.parse(card.text())); // its members are tagged once every person is in
                continue;
            }
            ContactDraft draft = read(href, card.text());
            if (draft == null) {
                continue;
            }
            CardText text = CardText.parse(card.text());
            version = version == null ? text.version() : version;
            CardRow row = known.get(href);
            Contact existing = row == null ? null : contacts.find(row.contactId()).orElse(null);
            if (existing != null) {
                merge(href, card, text, existing, row, Fields.of(draft));
                continue;
            }
            Long match = matcher().match(draft).filter(id -> !linked().contains(id)).orElse(null);
            if (match != null) {
                link(href, card, text, contacts.get(match), Fields.of(draft));
            } else {
                newHrefs.add(href);
                drafts.add(draft);
                newCards.add(card);
            }
        }
        create(newHrefs, drafts, newCards);
        store.saveCards(sourceId, rows);
        tag(groups);
    }

    /**
     * Contact groups (iCloud, macOS, iOS and DAVx5 write them as cards): each member whose card this source holds
     * gets the group's name as a tag. The group card itself stays on the server as it is, never written by Kith;
     * a tag is only added, never taken away (see docs/decisions.md, "Phone contact groups become tags").
     */
    private void tag(Map<String, CardText> groups) {
        if (groups.isEmpty()) {
            return;
        }
        Map<String, Long> byUid = store.contactsByUid(sourceId);
        for (Map.Entry<String, CardText> g : groups.entrySet()) {
            String name = g.getValue().groupName();
            if (name == null || name.length() > dev.kith.core.Limits.VALUE) {
                warnings.add(g.getKey() + ": a contact group without a usable name; its members are not tagged");
                continue;
            }
            ContactPatch patch;
            try {
                patch = ContactPatch.builder().addTags(List.of(name)).build();
            } catch (dev.kith.core.ValidationException e) {
                warnings.add(g.getKey() + ": the group's name cannot be a tag (" + e.reason() + "); its members are not tagged");
                continue;
            }
            String tag = patch.addTags().getFirst();
            for (String member : g.getValue().members()) {
                Long id = byUid.get(member);
                Contact c = id == null ? null : contacts.find(id).orElse(null);
                if (c != null && !c.tags().contains(tag)) { // else a member on no card of this address book, or tagged
                    contacts.edit(c.id(), patch);
                }
            }
        }
    }

    private static boolean isGroup(String text) {
        try {
            return CardText.parse(text).isGroup();
        } catch (RuntimeException e) {
            return false; // read below, with its warning
        }
    }

    /** The card's draft, or null (with a warning) when it cannot be read or names nobody. */
    private ContactDraft read(String href, String text) {
        try {
            CardReader.Card card = CardReader.read(href, text);
            card.warnings().forEach(w -> warnings.add(href + ": " + w.message()));
            if (card.draft().isEmpty()) {
                warnings.add(href + ": names nobody; skipped");
            }
            return card.draft().orElse(null);
        } catch (ImportException e) {
            warnings.add(href + ": not a readable vCard (" + e.reason() + "); skipped");
            return null;
        }
    }

    private void merge(String href, CardDavClient.Fetched card, CardText text, Contact c, CardRow row, Fields server) {
        Fields kith = Fields.of(c);
        java.time.Instant rev = text.revision();
        boolean serverNewer = rev != null && (row.kithChangedAt() == null || rev.toEpochMilli() > row.kithChangedAt());
        ThreeWay.Result r = ThreeWay.merge(row.snapshot(), kith, server, serverNewer);
        for (ThreeWay.Conflict conflict : r.conflicts()) {
            record(c, conflict);
        }
        if (apply(c, kith, r.merged())) {
            updated++;
        }
        keep(href, card, text, c.id(), server, r.merged());
    }

    private void link(String href, CardDavClient.Fetched card, CardText text, Contact c, Fields server) {
        Fields kith = Fields.of(c);
        Fields merged = ThreeWay.fill(kith, server);
        if (apply(c, kith, merged)) {
            updated++;
        }
        linked().add(c.id());
        keep(href, card, text, c.id(), server, merged);
    }

    private void keep(String href, CardDavClient.Fetched card, CardText text, long contactId, Fields server, Fields merged) {
        if (merged.sameAs(server)) {
            rows.add(new CardRow(href, text.uid(), card.etag(), contactId, card.text(), merged, null));
            return;
        }
        // until the server has the merged values, the base is what the server has and Kith's side counts as
        // changed: a run that stops before the write finds it again
        rows.add(new CardRow(href, text.uid(), card.etag(), contactId, card.text(), server, now));
        updates.add(new Outgoing.Update(href, text.uid(), card.etag(), contactId, card.text(), server, merged));
    }

    private void create(List<String> hrefs, List<ContactDraft> drafts, List<CardDavClient.Fetched> cards) {
        if (drafts.isEmpty()) {
            return;
        }
        List<NewContact> added = contacts.importAll(drafts, "carddav:" + sourceId, Origin.ADDRESS_BOOK);
        book.search().indexNew(added);
        for (int i = 0; i < added.size(); i++) {
            CardDavClient.Fetched card = cards.get(i);
            rows.add(new CardRow(hrefs.get(i), CardText.parse(card.text()).uid(), card.etag(), added.get(i).id(),
                    card.text(), Fields.of(drafts.get(i)), null));
        }
        created += added.size();
    }

    /** Writes to Kith the fields of {@code merged} that differ from {@code kith}; whether anything changed. */
    private boolean apply(Contact c, Fields kith, Fields merged) {
        ContactPatch.Builder patch = ContactPatch.builder();
        if (!Fields.same(Field.NAME, kith.name(), merged.name())) {
            patch.name(merged.name());
        }
        patch.addEmails(minus(Field.EMAILS, merged.emails(), kith.emails()))
                .removeEmails(minus(Field.EMAILS, kith.emails(), merged.emails()))
                .addPhones(minus(Field.PHONES, merged.phones(), kith.phones()))
                .removePhones(minus(Field.PHONES, kith.phones(), merged.phones()));
        if (!Fields.same(Field.LOCATION, kith.location(), merged.location())) {
            patch.location(merged.location() == null ? "" : merged.location());
        }
        if (!Fields.same(Field.NOTES, kith.notes(), merged.notes())) {
            patch.notes(merged.notes() == null ? "" : merged.notes());
        }
        ContactPatch built = patch.build();
        boolean changed = !built.isEmpty();
        if (changed) {
            contacts.edit(c.id(), built);
        }
        if (!Fields.same(Field.ORGANIZATION, kith.organization(), merged.organization())
                || !Fields.same(Field.TITLE, kith.title(), merged.title())) {
            changed |= contacts.changeJob(c.id(), merged.organization(), merged.title(), book.clock().today(),
                    "carddav:" + sourceId).isPresent();
        }
        return changed;
    }

    /** Records the value a conflict set aside in the person's history, as a dated note (a milestone). */
    private void record(Contact c, ThreeWay.Conflict conflict) {
        conflicts++;
        String text = "Phone contacts: " + conflict.field().label + " was changed both in Kith and in the address book;"
                + " kept " + quote(conflict.kept()) + " (" + (conflict.serverWon() ? "the address book's" : "Kith's")
                + ", the newer), the other was " + quote(conflict.other());
        if (text.length() > dev.kith.core.Limits.LONG_TEXT) {
            text = text.substring(0, dev.kith.core.Limits.LONG_TEXT - 1) + "…";
        }
        milestones.add(c.id(), MilestoneKind.OTHER, book.clock().today(), text);
    }

    private static String quote(String v) {
        return v == null ? "nothing" : "\"" + v + "\"";
    }

    private static List<String> minus(Field f, List<String> a, List<String> b) {
        Set<String> keys = Fields.keys(f, b);
        return a.stream().filter(v -> !keys.contains(Fields.key(f, v))).toList();
    }

    private ContactMatcher matcher() {
        if (matcher == null) {
            matcher = ContactMatcher.load(book, contacts);
        }
        return matcher;
    }

    private Set<Long> linked() {
        if (linked == null) {
            linked = new HashSet<>(store.linked(sourceId));
        }
        return linked;
    }
}
