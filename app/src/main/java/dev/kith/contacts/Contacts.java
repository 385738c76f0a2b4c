package dev.kith.contacts;

import dev.kith.core.KithClock;
import dev.kith.core.NotFoundException;
import dev.kith.core.ValidationException;
import dev.kith.search.NewContact;
import dev.kith.search.SearchIndex;
import dev.kith.store.Database;
import dev.kith.store.SettingValues;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The people of one book: adding, editing, archiving, finding by name and listing. Writes keep the
 * search index current in the same transaction. Thread-safe.
 */
public final class Contacts implements dev.kith.core.ContactReferences {
    private final Database db;
    private final KithClock clock;
    private final ContactStore store;
    private final OrganizationStore organizations;
    private final ContactList list;
    private final ContactBulkInsert bulk;
    private final SearchIndex search;
    private final SettingValues settings;
    private final long book;

    public Contacts(Database db, long book, KithClock clock, SearchIndex search) {
        this.db = db;
        this.clock = clock;
        this.search = search;
        this.store = new ContactStore(db, book);
        this.organizations = new OrganizationStore(db, book);
        this.list = new ContactList(db, book);
        this.bulk = new ContactBulkInsert(db, book);
        this.settings = new SettingValues(db, book);
        this.book = book;
    }

    /**
     * The active contacts (not archived) that {@code draft} may repeat: the same name, ignoring case and
     * accents, or one of its email addresses; by id, empty when none.
     */
    public List<Contact> duplicatesOf(ContactDraft draft) {
        java.util.TreeSet<Long> ids = new java.util.TreeSet<>(store.idsByNameKey(dev.kith.core.Text.key(draft.name())));
        ids.addAll(idsByEmail(draft.emails()).values());
        return getAll(List.copyOf(ids)).stream().filter(c -> !c.archived()).toList();
    }

    /**
     * Merges contact {@code gone} into {@code kept} as far as the contacts' own rows go (see
     * {@link ContactMerge}); the other features move theirs (see {@link dev.kith.core.ContactReferences}).
     */
    @Override
    public void mergeContact(long kept, long gone) {
        db.update(h -> {
            new ContactMerge(db, book).merge(get(kept), get(gone), clock.today());
            search.reindex(List.of(kept, gone));
        });
    }

    /** The book's keep-in-touch cadences per circle, as set now. */
    public Cadences cadences() {
        return Cadences.from(settings.all());
    }

    /** Adds a contact and returns it as stored. */
    public Contact add(ContactDraft draft) {
        return db.write(h -> {
            if (draft.metThroughId() != null) {
                requireExists("met-through", draft.metThroughId());
            }
            Long org = draft.organization() == null ? null : organizations.findOrCreate(draft.organization()).id();
            long id = store.insert(draft, org, clock.today());
            search.reindex(List.of(id));
            return get(id);
        });
    }

    /**
     * Adds {@code drafts} as new contacts at once, for an import: JDBC batches in the caller's
     * transaction, each contact as {@link #add} would store it (today's date, a job when there is an
     * organization or title) but with met-through ids unchecked. The search index is left to the
     * caller: returns what {@link SearchIndex#indexNew} needs of each contact, in the drafts' order.
     */
    public List<NewContact> importAll(List<ContactDraft> drafts) {
        return importAll(drafts, null, null);
    }

    /**
     * {@link #importAll(List)}, with their jobs reported by the import source {@code source} (see
     * {@link Employment#source()}) and the contacts marked as brought in from {@code origin} (null: none).
     */
    public List<NewContact> importAll(List<ContactDraft> drafts, String source, Origin origin) {
        return bulk.insert(drafts, clock.today(), source, origin);
    }

    /**
     * Applies {@code patch} to contact {@code id}; an organization or title change starts a new job today.
     * A new name without given or family names splits them from the new name, as {@link #add} does.
     */
    public Contact edit(long id, ContactPatch patch) {
        return db.write(h -> {
            Contact before = get(id);
            if (patch.metThroughId() != null) {
                if (patch.metThroughId() == id) {
                    throw new ValidationException("met-through", "a person cannot be met through themselves");
                }
                requireExists("met-through", patch.metThroughId());
            }
            if (patch.name() != null) {
                store.set(h, id, "display_name", patch.name());
                store.set(h, id, "name_key", dev.kith.core.Text.key(patch.name()));
                if (patch.givenName() == null && patch.familyName() == null) {
                    String[] parts = Names.split(patch.name());
                    store.set(h, id, "given_name", parts[0]);
                    store.set(h, id, "family_name", parts[1]);
                }
            }
            setIfPresent(h, id, "given_name", patch.givenName());
            setIfPresent(h, id, "family_name", patch.familyName());
            setText(h, id, "location", patch.location());
            setText(h, id, "linkedin_url", patch.linkedinUrl());
            setText(h, id, "website", patch.website());
            setText(h, id, "how_met", patch.howMet());
            setIfPresent(h, id, "met_through_id", patch.metThroughId());
            setIfPresent(h, id, "first_met", patch.firstMet());
            setIfPresent(h, id, "circle", patch.circle() == null ? null : patch.circle().code());
            setIfPresent(h, id, "cadence_days", patch.cadenceDays());
            if (patch.clearCadence()) {
                store.set(h, id, "cadence_days", null);
            }
            setIfPresent(h, id, "do_not_contact", patch.doNotContact());
            setText(h, id, "notes", patch.notes());
            store.addValues(h, "contact_emails", "email", id, patch.addEmails());
            store.removeValues(h, "contact_emails", "email", id, patch.removeEmails());
            store.addValues(h, "contact_phones", "phone", id, patch.addPhones());
            store.removeValues(h, "contact_phones", "phone", id, patch.removePhones());
            store.addValues(h, "contact_tags", "tag", id, patch.addTags());
            store.removeValues(h, "contact_tags", "tag", id, patch.removeTags());
            store.addValues(h, "contact_interests", "interest", id, patch.addInterests());
            store.removeValues(h, "contact_interests", "interest", id, patch.removeInterests());
            if (patch.organization() != null || patch.title() != null) {
                Optional<Employment> job = before.currentJob();
                String org = patch.organization() != null ? blankToNull(patch.organization())
                        : job.map(Employment::organization).orElse(null);
                String title = patch.title() != null ? blankToNull(patch.title())
                        : job.map(Employment::title).orElse(null);
                changeJob(id, org, title, clock.today());
            }
            search.reindex(List.of(id));
            return get(id);
        });
    }

    /**
     * Records that contact {@code id} now works as {@code title} at {@code organization} from
     * {@code asOf}: the current job ends and a new one starts. Returns the new job, or empty when
     * nothing changed (same organization and title, ignoring case).
     */
    public Optional<Employment> changeJob(long id, String organization, String title, LocalDate asOf) {
        return changeJob(id, organization, title, asOf, null);
    }

    /**
     * {@link #changeJob(long, String, String, LocalDate)} for a job reported by the import source
     * {@code source} (see {@link Employment#source()}; null: the user).
     */
    public Optional<Employment> changeJob(long id, String organization, String title, LocalDate asOf, String source) {
        return db.write(h -> {
            Contact before = get(id);
            Optional<Employment> job = before.currentJob();
            if (job.isPresent() && same(job.get().organization(), organization) && same(job.get().title(), title)) {
                return Optional.empty();
            }
            if (job.isEmpty() && organization == null && title == null) {
                return Optional.empty();
            }
            store.endCurrentJobs(h, id, asOf);
            if (organization != null || title != null) {
                Long org = organization == null ? null : organizations.findOrCreate(organization).id();
                store.insertJob(h, id, org, title, job.isPresent() ? asOf : null, source);
            }
            search.reindex(List.of(id));
            return get(id).currentJob();
        });
    }

    /**
     * Corrects the title of contact {@code id}'s current job in place (a typo, not a new job): no job
     * history is recorded. With no current job, {@code title} starts one as {@link #changeJob} would;
     * a blank title clears it (unless the job would then have neither organization nor title).
     */
    public Contact fixTitle(long id, String title) {
        return db.write(h -> {
            Optional<Employment> job = get(id).currentJob();
            String fixed = blankToNull(title);
            if (job.isEmpty() || (fixed == null && job.get().organization() == null)) {
                changeJob(id, job.map(Employment::organization).orElse(null), fixed, clock.today());
            } else {
                store.setJobTitle(h, job.get().id(), fixed);
            }
            search.reindex(List.of(id));
            return get(id);
        });
    }

    public void archive(long id, boolean archived) {
        db.update(h -> {
            get(id);
            store.set(h, id, "archived", archived);
        });
    }

    public Optional<Contact> find(long id) {
        return store.find(id);
    }

    /** The contact with this id in this book; {@link NotFoundException} otherwise. */
    public Contact get(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("no contact with id " + id));
    }

    /** The contacts with these ids, in the given order; ids not in this book are skipped. */
    public List<Contact> getAll(List<Long> ids) {
        return List.copyOf(store.load(ids).values());
    }

    /** Every contact of the book, archived ones included, in id order (the order they were added). */
    public List<Contact> all() {
        return getAll(store.ids());
    }

    /** Every contact of the book, archived ones included, in no particular order, as {@link ContactBasics}: one query. */
    public List<ContactBasics> basics() {
        return store.basics();
    }

    /** Every tag used in the book, each once, sorted; empty when none. */
    public List<String> tags() {
        return store.tags();
    }

    /**
     * The contact holding each of these email addresses, ignoring case and surrounding spaces, keyed by
     * the address in lower case; addresses no contact holds are absent (an empty map for none).
     */
    public java.util.Map<String, Long> idsByEmail(java.util.Collection<String> emails) {
        return store.idsByEmail(emails.stream().map(e -> e.trim().toLowerCase(java.util.Locale.ROOT)).toList());
    }

    /** Finds the one contact {@code nameOrId} names: an id, an exact name or a unique prefix. */
    public Contact resolve(String nameOrId) {
        return new NameResolver(store).resolve(nameOrId).map(this::get).orElseThrow();
    }

    /**
     * The contact {@code nameOrId} names exactly: an id or a whole name (ignoring case and accents), never
     * a prefix; empty when none. Archived namesakes of an active contact are passed over.
     */
    public Optional<Contact> exact(String nameOrId) {
        return new NameResolver(store).exact(nameOrId).map(this::get);
    }

    public List<ContactSummary> list(ContactFilter filter) {
        return list.list(filter, clock.today(), cadences(), null);
    }

    /** {@link #list(ContactFilter)} restricted to the contacts {@code ids} names (a search's hits), by name. */
    public List<ContactSummary> list(ContactFilter filter, java.util.Collection<Long> ids) {
        return list.list(filter, clock.today(), cadences(), ids);
    }

    public Organization organization(String name) {
        return organizations.find(name).orElseThrow(() -> new NotFoundException("no organization named '" + name + "'"));
    }

    public List<Organization> organizations() {
        return organizations.all();
    }

    /** Sets the industry of the organization named {@code name}, creating the organization if needed. */
    public Organization setIndustry(String name, String industry) {
        return db.write(h -> {
            Organization org = organizations.findOrCreate(name);
            organizations.setIndustry(org.id(), industry);
            return organizations.find(name).orElseThrow();
        });
    }

    private void requireExists(String field, long id) {
        if (!store.exists(id)) {
            throw new ValidationException(field, "no contact with id " + id);
        }
    }

    private void setIfPresent(org.jdbi.v3.core.Handle h, long id, String column, Object value) {
        if (value != null) {
            store.set(h, id, column, value);
        }
    }

    private void setText(org.jdbi.v3.core.Handle h, long id, String column, String value) {
        if (value != null) {
            store.set(h, id, column, blankToNull(value));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static boolean same(String a, String b) {
        return Objects.equals(a == null ? null : dev.kith.core.Text.key(a), b == null ? null : dev.kith.core.Text.key(b));
    }
}
