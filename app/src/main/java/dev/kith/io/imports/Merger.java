package dev.kith.io.imports;

import dev.kith.book.Book;
import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactDraft;
import dev.kith.contacts.ContactPatch;
import dev.kith.contacts.Contacts;
import dev.kith.contacts.Employment;
import dev.kith.contacts.Origin;
import dev.kith.core.Text;
import dev.kith.io.ImportChoices;
import dev.kith.io.ImportRow;
import dev.kith.io.ImportRow.Change;
import dev.kith.io.ImportRow.Outcome;
import dev.kith.io.ImportSummary;
import dev.kith.milestones.MilestoneKind;
import dev.kith.milestones.Milestones;
import dev.kith.search.NewContact;
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
 * kept up to date by the person themselves, so a fresh export reveals who changed jobs. A row matching
 * nobody that looks like a contact of the book (see {@link ContactIndex#likely}) merges into it or becomes
 * a new contact as {@link ImportChoices} say; any other row is a new contact, written in bulk by
 * {@link #finish}. Every row's outcome, with the fields it changes, is reported in file order
 * ({@link #rows}). Call inside the import's transaction. Not thread-safe.
 */
final class Merger {
    /** The source of LinkedIn's export (see {@link Importer#source}). */
    private static final String LINKEDIN = "linkedin";
    private final Book book;
    private final Contacts contacts;
    private final Milestones milestoneLog;
    private final LocalDate today;
    private final String source;
    private final ImportChoices choices;
    private final ContactIndex index;
    private final Map<Person, Boolean> created = new LinkedHashMap<>();
    private final List<ImportRow> rows = new ArrayList<>();
    private int merged;
    private int unchanged;
    private int milestones;

    /** Merges into {@code book}; the jobs it records come from the import source {@code source}. */
    Merger(Book book, Contacts contacts, Milestones milestoneLog, String source, ImportChoices choices) {
        this.source = source;
        this.book = book;
        this.contacts = contacts;
        this.milestoneLog = milestoneLog;
        this.choices = choices;
        this.today = book.clock().today();
        this.index = ContactIndex.load(book, contacts);
    }

    void merge(Row row) {
        ContactDraft d = row.draft();
        String key = Keys.nameOrg(d.name(), d.organization());
        Person p = index.match(d, key);
        List<ImportRow.Candidate> candidates = List.of();
        if (p == null) {
            candidates = index.likely(d);
            Long chosen = chosen(row.line(), candidates);
            p = chosen == null ? null : index.existing(chosen);
        }
        if (p == null) {
            Person fresh = Person.pending(d);
            fresh.nameOrgKey = key;
            fresh.line = row.line();
            created.put(fresh, true);
            index.add(fresh);
            rows.add(new ImportRow(row.line(), d.name(), Outcome.ADD, null, d.name(), List.of(), candidates, null));
            return;
        }
        Long id = p.isNew() ? null : p.contact.id();
        String into = p.isNew() ? p.name() + " (added from line " + p.line + ")" : label(p);
        List<Change> changes = p.isNew() ? fillDraft(p, d) : fillContact(p, d);
        if (!changes.isEmpty()) {
            merged++;
            p.nameOrgKey = null;
            index.add(p);
            rows.add(new ImportRow(row.line(), d.name(), Outcome.MERGE, id, into, changes, candidates, null));
        } else {
            unchanged++;
            rows.add(new ImportRow(row.line(), d.name(), Outcome.UNCHANGED, id, into, changes, candidates, null));
        }
    }

    /** The contact the record at {@code line} merges into by the user's choice or the default; null to keep both. */
    private Long chosen(long line, List<ImportRow.Candidate> candidates) {
        if (candidates.isEmpty()) {
            return null;
        }
        Long target = choices.mergeInto().get(line);
        if (target != null) {
            return candidates.stream().anyMatch(c -> c.contactId() == target) ? target : null;
        }
        if (choices.keepBoth().contains(line) || !choices.defaults()) {
            return null;
        }
        return candidates.stream().filter(ImportRow.Candidate::strong).map(ImportRow.Candidate::contactId)
                .findFirst().orElse(null);
    }

    /** Writes the new contacts and returns what the import did. */
    ImportSummary finish() {
        List<ContactDraft> drafts = new ArrayList<>();
        created.keySet().forEach(p -> drafts.add(p.draft));
        // whoever an import adds was known before it: an address book's people, LinkedIn's connections
        List<NewContact> added = contacts.importAll(drafts, source,
                LINKEDIN.equals(source) ? Origin.LINKEDIN : Origin.ADDRESS_BOOK);
        book.search().indexNew(added);
        Map<Long, Long> idByLine = new java.util.HashMap<>();
        int i = 0;
        for (Person p : created.keySet()) {
            idByLine.put(p.line, added.get(i++).id());
        }
        rows.replaceAll(r -> r.outcome() == Outcome.ADD ? new ImportRow(r.line(), r.name(), r.outcome(),
                idByLine.get(r.line()), r.into(), r.changes(), r.candidates(), r.reason()) : r);
        return new ImportSummary(drafts.size(), merged, unchanged, milestones, List.of());
    }

    /** Every row merged so far, with its outcome, in file order. */
    List<ImportRow> rows() {
        return List.copyOf(rows);
    }

    private List<Change> fillDraft(Person p, ContactDraft d) {
        ContactDraft b = p.draft;
        ContactDraft filled = new ContactDraft(b.name(), b.givenName(), b.familyName(), union(b.emails(), d.emails()),
                union(b.phones(), d.phones()), or(b.organization(), d.organization()), or(b.title(), d.title()),
                or(b.location(), d.location()), or(b.linkedinUrl(), d.linkedinUrl()), or(b.website(), d.website()),
                union(b.tags(), d.tags()), b.interests(), b.howMet(), b.metThroughId(),
                b.firstMet() != null ? b.firstMet() : d.firstMet(), b.circle(), b.cadenceDays(), b.doNotContact(),
                or(b.notes(), d.notes()), b.organizationOnly());
        List<Change> changes = new ArrayList<>();
        list(changes, "Email", b.emails(), missing(b.emails(), d.emails()));
        list(changes, "Phone", b.phones(), missing(b.phones(), d.phones()));
        blank(changes, "Organization", b.organization(), filled.organization());
        blank(changes, "Job title", b.title(), filled.title());
        blank(changes, "Location", b.location(), filled.location());
        blank(changes, "LinkedIn", b.linkedinUrl(), filled.linkedinUrl());
        blank(changes, "Website", b.website(), filled.website());
        list(changes, "Tags", b.tags(), missing(b.tags(), d.tags()));
        blank(changes, "First met", str(b.firstMet()), str(filled.firstMet()));
        blank(changes, "Notes", b.notes(), filled.notes());
        p.draft = filled;
        return changes;
    }

    private List<Change> fillContact(Person p, ContactDraft d) {
        Contact c = p.contact;
        List<String> emails = missing(c.emails(), d.emails());
        List<String> phones = missing(c.phones(), d.phones());
        List<String> tags = missing(c.tags(), d.tags());
        ContactPatch.Builder patch = ContactPatch.builder().addEmails(emails).addPhones(phones).addTags(tags);
        List<Change> changes = new ArrayList<>();
        list(changes, "Email", c.emails(), emails);
        list(changes, "Phone", c.phones(), phones);
        list(changes, "Tags", c.tags(), tags);
        if (c.location() == null) {
            patch.location(d.location());
            blank(changes, "Location", null, d.location());
        }
        if (c.linkedinUrl() == null) {
            patch.linkedinUrl(d.linkedinUrl());
            blank(changes, "LinkedIn", null, d.linkedinUrl());
        }
        if (c.website() == null) {
            patch.website(d.website());
            blank(changes, "Website", null, d.website());
        }
        if (c.notes() == null) {
            patch.notes(d.notes());
            blank(changes, "Notes", null, d.notes());
        }
        if (c.howMet().firstMet() == null) {
            patch.firstMet(d.firstMet());
            blank(changes, "First met", null, str(d.firstMet()));
        }
        ContactPatch built = patch.build();
        if (!built.isEmpty()) {
            contacts.edit(c.id(), built);
        }
        boolean jobChanged = changeJob(c, d, changes);
        if (!built.isEmpty() || jobChanged) {
            p.contact = contacts.get(c.id());
        }
        return changes;
    }

    private boolean changeJob(Contact c, ContactDraft d, List<Change> changes) {
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
        if (orgChanged) {
            changes.add(new Change("Organization", oldOrg, org));
        }
        if (!same(title, oldTitle)) {
            changes.add(new Change("Job title", oldTitle, title));
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
            String note = "New job" + (title == null ? "" : ": " + title) + " at " + org;
            milestoneLog.add(c.id(), MilestoneKind.NEW_JOB, today, note);
            changes.add(new Change("Milestone", null, note));
            milestones++;
        } else if (!movedOn && reported.title() != null && title != null && !same(title, reported.title())) {
            String note = "Now " + title + (org == null ? "" : " at " + org);
            milestoneLog.add(c.id(), MilestoneKind.PROMOTION, today, note);
            changes.add(new Change("Milestone", null, note));
            milestones++;
        }
        return true;
    }

    /** "Kwame Khan (Acme)": a contact's name and current organization. */
    private static String label(Person p) {
        String org = p.organization();
        return p.name() + (org == null ? "" : " (" + org + ")");
    }

    /** Adds a change when {@code added} holds anything: the list before, and the list with {@code added}. */
    private static void list(List<Change> changes, String field, List<String> have, List<String> added) {
        if (!added.isEmpty()) {
            List<String> after = new ArrayList<>(have);
            after.addAll(added);
            changes.add(new Change(field, have.isEmpty() ? null : String.join(", ", have), String.join(", ", after)));
        }
    }

    /** Adds a change when a blank field {@code before} gets the value {@code after}. */
    private static void blank(List<Change> changes, String field, String before, String after) {
        if (before == null && after != null) {
            changes.add(new Change(field, null, after.length() > 120 ? after.substring(0, 119) + "…" : after));
        }
    }

    private static String str(LocalDate date) {
        return date == null ? null : date.toString();
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
        List<String> out = new ArrayList<>();
        for (String v : incoming) {
            if (keys.add(v.strip().toLowerCase(Locale.ROOT))) {
                out.add(v);
            }
        }
        return out;
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
