package dev.kith.io.imports;

import dev.kith.book.Book;
import dev.kith.contacts.Circle;
import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactDraft;
import dev.kith.contacts.ContactPatch;
import dev.kith.contacts.Contacts;
import dev.kith.contacts.Employment;
import dev.kith.core.Limits;
import dev.kith.core.NotFoundException;
import dev.kith.io.ImportException;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The export owner's own profile, as the files of a LinkedIn export tell it: {@code Profile.csv} (name,
 * headline, industry, location), {@code Positions.csv} (the current job), {@code Email Addresses.csv} (their
 * confirmed addresses) and {@code Skills.csv}. Read with {@link #add}, each part found by its header (skills
 * by the file's name too, its header being a bare {@code Name}); any part may be missing. Applied with
 * {@link #apply}: who "me" is in the book, created from the profile when the book has nobody yet, and the
 * blanks of that contact filled — never a value the user wrote overwritten. Structural damage in a part is an
 * {@link ImportException} with its line, like any import; a bad value (an address that is no address, a
 * field longer than a contact takes) is left out with a warning. Not thread-safe; one per import.
 */
public final class LinkedInSelf {
    /** Skills kept as interests at most: LinkedIn allows a hundred, a profile lists its best first. */
    static final int MAX_SKILLS = 30;
    /** Addresses kept at most from Email Addresses.csv. */
    static final int MAX_ADDRESSES = 20;

    private static final DateTimeFormatter MONTH_YEAR = new java.time.format.DateTimeFormatterBuilder()
            .parseCaseInsensitive().appendPattern("MMM uuuu").toFormatter(Locale.ENGLISH);

    /** One part of the export that tells of its owner. */
    public enum Part { PROFILE, POSITIONS, ADDRESSES, SKILLS }

    /**
     * What applying did: the contact who is me (null when the export named nobody and the book has no one),
     * whether that contact was created, set as me, the fields filled, the addresses of mine the export
     * gives (for the caller to declare: they belong to mail capture) and the warnings.
     */
    public record Result(Contact me, boolean created, boolean setAsMe, List<String> filled, List<String> addresses,
                         List<String> warnings) {
        public Result {
            filled = List.copyOf(filled);
            addresses = List.copyOf(addresses);
            warnings = List.copyOf(warnings);
        }
    }

    private String firstName = "";
    private String lastName = "";
    private String headline = "";
    private String industry = "";
    private String location = "";
    private String organization = "";
    private String title = "";
    private YearMonth jobSince;
    private final Map<String, String> addresses = new LinkedHashMap<>();
    private final List<String> skills = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private boolean any;

    /** Which part {@code text}, the content of file {@code name}, is; empty when it tells nothing of the owner. */
    public static Optional<Part> part(String name, String text) {
        String head = firstLine(text);
        if (head.startsWith("first name,last name,maiden name")) {
            return Optional.of(Part.PROFILE);
        }
        if (head.startsWith("company name,title,description")) {
            return Optional.of(Part.POSITIONS);
        }
        if (head.startsWith("email address,confirmed")) {
            return Optional.of(Part.ADDRESSES);
        }
        String file = name.substring(Math.max(name.lastIndexOf('/'), Math.max(name.lastIndexOf('\\'), name.lastIndexOf('!'))) + 1);
        if (file.equalsIgnoreCase("Skills.csv") && (head.equals("name") || head.equals("\"name\""))) {
            return Optional.of(Part.SKILLS);
        }
        return Optional.empty();
    }

    /** The first line of {@code text}, without a byte-order mark or quotes around names, in lower case. */
    private static String firstLine(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int end = t.indexOf('\n');
        String line = (end < 0 ? t : t.substring(0, end)).strip();
        return line.replace("\"", "").toLowerCase(Locale.ROOT);
    }

    /** Reads part {@code part} of file {@code file}, whose text is {@code text}. */
    public void add(Part part, String file, String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        any = true;
        switch (part) {
            case PROFILE -> CsvTable.read(file, body, 1, List.of("First Name", "Last Name"), r -> {
                if (firstName.isEmpty() && lastName.isEmpty()) { // one row: the owner
                    firstName = bounded(file, r.line(), "first name", r.get("First Name"), Limits.NAME);
                    lastName = bounded(file, r.line(), "last name", r.get("Last Name"), Limits.NAME);
                    headline = bounded(file, r.line(), "headline", r.get("Headline"), Limits.SHORT_TEXT);
                    industry = bounded(file, r.line(), "industry", r.get("Industry"), Limits.NAME);
                    location = bounded(file, r.line(), "location", r.get("Geo Location"), Limits.SHORT_TEXT);
                }
            });
            case POSITIONS -> CsvTable.read(file, body, 1, List.of("Company Name", "Title"), r -> {
                if (!r.get("Finished On").isEmpty() || r.get("Company Name").isEmpty()) {
                    return; // a past job, or no company: not where they work now
                }
                YearMonth since = month(r.get("Started On"));
                boolean first = organization.isEmpty();
                if (first || since != null && (jobSince == null || since.isAfter(jobSince))) {
                    organization = bounded(file, r.line(), "company", r.get("Company Name"), Limits.NAME);
                    title = bounded(file, r.line(), "title", r.get("Title"), Limits.SHORT_TEXT);
                    jobSince = since;
                }
            });
            case ADDRESSES -> CsvTable.read(file, body, 1, List.of("Email Address"), r -> {
                String email = r.get("Email Address");
                if (email.isEmpty() || r.get("Confirmed").equalsIgnoreCase("no")) {
                    return; // an address never confirmed may not be theirs
                }
                if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.length() > 254) {
                    warnings.add(file + ", line " + r.line() + ": '" + clip(email) + "' is not an email address; left out");
                } else if (addresses.size() < MAX_ADDRESSES) {
                    addresses.putIfAbsent(email.toLowerCase(Locale.ROOT), email);
                }
            });
            case SKILLS -> CsvTable.read(file, body, 1, List.of("Name"), r -> {
                String skill = r.get("Name");
                if (!skill.isEmpty() && skills.size() < MAX_SKILLS && skills.stream().noneMatch(skill::equalsIgnoreCase)) {
                    String kept = bounded(file, r.line(), "skill", skill, Limits.NAME);
                    if (!kept.isEmpty()) {
                        skills.add(kept);
                    }
                }
            });
            default -> throw new IllegalArgumentException("part " + part);
        }
    }

    /** Whether any part was read. */
    public boolean isEmpty() {
        return !any;
    }

    /**
     * Who I am in {@code book}: the book's "me" when set, else the contact named as the profile names the owner
     * (created, in the inner circle, when the book has none), set as me. Then that contact's blank organization
     * and title (the current job, else the headline as title), location and, when they have none, interests (the
     * skills) are filled, and the industry of their organization when it has none. Run inside the import's
     * transaction, so all or nothing with it.
     */
    public Result apply(Book book, Contacts contacts) {
        String name = (firstName + " " + lastName).strip();
        Optional<Long> known = book.me();
        if (known.isEmpty() && name.isEmpty()) {
            return new Result(null, false, false, List.of(), List.copyOf(addresses.values()), warnings);
        }
        boolean created = false;
        Contact me;
        if (known.isPresent()) {
            me = contacts.get(known.get());
        } else {
            Optional<Contact> same = contacts.exact(name);
            if (same.isPresent()) {
                me = same.get();
            } else {
                me = contacts.add(ContactDraft.builder(name).circle(Circle.INNER).build());
                created = true;
            }
            book.setMe(me.id());
        }
        List<String> filled = new ArrayList<>();
        ContactPatch.Builder patch = ContactPatch.builder();
        Optional<Employment> job = me.currentJob();
        boolean noOrganization = job.map(j -> j.organization() == null || j.organization().isBlank()).orElse(true);
        boolean noTitle = job.map(j -> j.title() == null || j.title().isBlank()).orElse(true);
        if (noOrganization && !organization.isEmpty()) {
            patch.organization(organization);
            filled.add("organization");
        }
        String role = !title.isEmpty() ? title : headline.length() <= Limits.NAME ? headline : "";
        if (noTitle && !role.isEmpty()) {
            patch.title(role);
            filled.add("title");
        }
        if ((me.location() == null || me.location().isBlank()) && !location.isEmpty()) {
            patch.location(location);
            filled.add("location");
        }
        if (me.interests().isEmpty() && !skills.isEmpty()) {
            patch.addInterests(skills);
            filled.add(skills.size() == 1 ? "1 interest (a skill)" : skills.size() + " interests (skills)");
        }
        if (!filled.isEmpty()) {
            me = contacts.edit(me.id(), patch.build());
        }
        String company = me.currentJob().map(Employment::organization).orElse(null);
        if (!industry.isEmpty() && company != null && !company.isBlank() && !hasIndustry(contacts, company)) {
            contacts.setIndustry(company, industry);
            filled.add("industry of " + company);
        }
        return new Result(me, created, known.isEmpty(), filled, List.copyOf(addresses.values()), warnings);
    }

    /** Whether the organization named {@code name} is known with an industry (one lookup, not every organization). */
    private static boolean hasIndustry(Contacts contacts, String name) {
        try {
            String known = contacts.organization(name).industry();
            return known != null && !known.isBlank();
        } catch (NotFoundException e) {
            return false;
        }
    }

    /** {@code value}, or "" with a warning when it is longer than a contact's field takes. */
    private String bounded(String file, long line, String field, String value, int limit) {
        if (value.length() <= limit) {
            return value;
        }
        warnings.add(file + ", line " + line + ": the " + field + " is longer than " + limit + " characters; left out");
        return "";
    }

    private static String clip(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }

    /** "Mar 2021" or "2021" as a month (January for a bare year); null for anything else. */
    private static YearMonth month(String text) {
        if (text.matches("\\d{4}")) {
            return YearMonth.of(Integer.parseInt(text), 1);
        }
        try {
            return YearMonth.parse(text, MONTH_YEAR);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
