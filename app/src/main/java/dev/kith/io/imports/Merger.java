package dev.kith.io.imports;

import dev.kith.book.Book;
import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactDraft;
import dev.kith.contacts.ContactPatch;
import dev.kith.contacts.Contacts;
import dev.kith.contacts.Employment;
import dev.kith.core.Text;
import dev.kith.io.ImportSummary;
import dev.kith.milestones.MilestoneKind;
import dev.kith.milestones.Milestones;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Folds imported rows into a book: a row matching a person (see {@link ContactIndex#match}) fills
 * that person's blanks and never overwrites them; a changed organization or title of an existing
 * contact becomes a new job in the work history, recorded as reported by this import's source. Only a
 * change reported by the same source over time (a re-imported LinkedIn export: its last job for the
 * person named another organization or title) adds a {@code new-job} (or, same organization,
 * {@code promotion}) milestone dated {@code today}; a second address book that spells the organization
 * differently adds none. A LinkedIn import that names another company than the one an address book gave
 * (no word in common but legal forms: not a respelling) adds a {@code new-job} milestone too: LinkedIn is
 * kept up to date by the person themselves, so a fresh export reveals who changed jobs. Any other row is a new contact, written in bulk by {@link #finish}. Call
 * inside the import's transaction. Not thread-safe.
 */
final class Merger {
    /** The source of LinkedIn's export (see {@link Importer#source}). */
    private static final String LINKEDIN = "linkedin";
    private final Book book;
    private final Contacts contacts;
    private final Milestones milestoneLog;
    private final LocalDate today;
    private final String source;
    private final ContactIndex index;
    private final Map<Person, Boolean> created = new LinkedHashMap<>();
    private int merged;
    private int unchanged;
    private int milestones;

    /** Merges into {@code book}; the jobs it records come from the import source {@code source}. */
    Merger(Book book, Contacts contacts, Milestones milestoneLog, String source) {
        this.source = source;
        this.book = book;
        this.contacts = contacts;
        this.milestoneLog = milestoneLog;
        this.today = book.clock().today();
        this.index = ContactIndex.load(book, contacts);
    }

    void merge(Row row) {
        ContactDraft d = row.draft();
        String key = Keys.nameOrg(d.name(), d.organization());
        Person p = index.match(d, key);
        if (p == null) {
            Person fresh = Person.pending(d);
            fresh.nameOrgKey = key;
            created.put(fresh, true);
            index.add(fresh);
            return;
        }
        boolean changed = p.isNew() ? fillDraft(p, d) : fillContact(p, d);
        if (changed) {
            merged++;
            p.nameOrgKey = null;
            index.add(p);
        } else {
            unchanged++;
        }
    }

    /** Writes the new contacts and returns what the import did. */
    ImportSummary finish() {
        List<ContactDraft> drafts = new ArrayList<>();
        created.keySet().forEach(p -> drafts.add(p.draft));
        book.search().indexNew(contacts.importAll(drafts, source));
        return new ImportSummary(drafts.size(), merged, unchanged, milestones, List.of());
    }

    private boolean fillDraft(Person p, ContactDraft d) {
        ContactDraft b = p.draft;
        ContactDraft filled = new ContactDraft(b.name(), b.givenName(), b.familyName(), union(b.emails(), d.emails()),
                union(b.phones(), d.phones()), or(b.organization(), d.organization()), or(b.title(), d.title()),
                or(b.location(), d.location()), or(b.linkedinUrl(), d.linkedinUrl()), or(b.website(), d.website()),
                union(b.tags(), d.tags()), b.interests(), b.howMet(), b.metThroughId(),
                b.firstMet() != null ? b.firstMet() : d.firstMet(), b.circle(), b.cadenceDays(), b.doNotContact(),
                or(b.notes(), d.notes()));
        boolean changed = !filled.equals(b);
        p.draft = filled;
        return changed;
    }

    private boolean fillContact(Person p, ContactDraft d) {
        Contact c = p.contact;
        ContactPatch.Builder patch = ContactPatch.builder()
                .addEmails(missing(c.emails(), d.emails()))
                .addPhones(missing(c.phones(), d.phones()))
                .addTags(missing(c.tags(), d.tags()));
        if (c.location() == null) {
            patch.location(d.location());
        }
        if (c.linkedinUrl() == null) {
            patch.linkedinUrl(d.linkedinUrl());
        }
        if (c.website() == null) {
            patch.website(d.website());
        }
        if (c.notes() == null) {
            patch.notes(d.notes());
        }
        if (c.howMet().firstMet() == null) {
            patch.firstMet(d.firstMet());
        }
        ContactPatch built = patch.build();
        boolean changed = !built.isEmpty();
        if (changed) {
            contacts.edit(c.id(), built);
        }
        changed |= changeJob(c, d);
        if (changed) {
            p.contact = contacts.get(c.id());
        }
        return changed;
    }

    private boolean changeJob(Contact c, ContactDraft d) {
        if (d.organization() == null && d.title() == null) {
            return false;
        }
        Employment job = c.currentJob().orElse(null);
        String oldOrg = job == null ? null : job.organization();
        String oldTitle = job == null ? null : job.title();
        String org = d.organization() != null ? d.organization() : oldOrg;
        boolean orgChanged = !same(org, oldOrg);
        String title = d.title() != null ? d.title() : orgChanged ? null : oldTitle;
        if (!orgChanged && same(title, oldTitle)) {
            return false;
        }
        Employment reported = c.jobs().stream().filter(j -> source.equals(j.source())).findFirst().orElse(null);
        if (contacts.changeJob(c.id(), org, title, today, source).isEmpty()) {
            return false;
        }
        if (reported == null) {
            // another source's view of the job: history, not news, unless LinkedIn (kept by the person
            // themselves) names a different company than the book's, not a respelling of it
            if (LINKEDIN.equals(source) && oldOrg != null && org != null && otherCompany(oldOrg, org)) {
                milestoneLog.add(c.id(), MilestoneKind.NEW_JOB, today,
                        "New job" + (title == null ? "" : ": " + title) + " at " + org + " (was at " + oldOrg + ")");
                milestones++;
            }
            return true;
        }
        boolean movedOn = !same(org, reported.organization());
        if (reported.organization() != null && movedOn) {
            milestoneLog.add(c.id(), MilestoneKind.NEW_JOB, today,
                    "New job" + (title == null ? "" : ": " + title) + " at " + org);
            milestones++;
        } else if (!movedOn && reported.title() != null && title != null && !same(title, reported.title())) {
            milestoneLog.add(c.id(), MilestoneKind.PROMOTION, today,
                    "Now " + title + (org == null ? "" : " at " + org));
            milestones++;
        }
        return true;
    }

    /** Words of a company's name that do not tell one company from another. */
    private static final Set<String> LEGAL = Set.of("inc", "incorporated", "ltd", "limited", "llc", "llp", "gmbh",
            "ag", "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "plc", "pty", "corp", "corporation", "co", "company",
            "the", "and", "of", "group", "holding", "holdings", "international", "intl", "global", "ab", "as", "oy",
            "kk", "lda");

    /**
     * Whether organizations {@code a} and {@code b} are two companies, not two spellings of one: their names
     * share no word but legal forms and the like ("Acme Corp" and "ACME, Inc." are one; "Acme" and "Globex" two).
     */
    static boolean otherCompany(String a, String b) {
        Set<String> wa = companyWords(a);
        Set<String> wb = companyWords(b);
        if (wa.isEmpty() || wb.isEmpty()) {
            return false;
        }
        for (String w : wa) {
            if (wb.contains(w)) {
                return false;
            }
        }
        return !String.join("", wa).equals(String.join("", wb));
    }

    private static Set<String> companyWords(String name) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (String w : Text.words(name).split(" ")) {
            if (!w.isEmpty() && !LEGAL.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static List<String> missing(List<String> have, List<String> incoming) {
        Set<String> keys = new HashSet<>();
        have.forEach(v -> keys.add(v.strip().toLowerCase(Locale.ROOT)));
        return incoming.stream().filter(v -> !keys.contains(v.strip().toLowerCase(Locale.ROOT))).toList();
    }

    private static List<String> union(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(missing(a, b));
        return out;
    }

    private static String or(String a, String b) {
        return a != null ? a : b;
    }

    private static boolean same(String a, String b) {
        return Objects.equals(a == null ? null : Text.key(a), b == null ? null : Text.key(b));
    }
}
