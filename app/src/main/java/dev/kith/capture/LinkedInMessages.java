package dev.kith.capture;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import dev.kith.contacts.Contact;
import dev.kith.contacts.Contacts;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.interactions.Interactions;
import dev.kith.io.ImportException;
import dev.kith.io.imports.PersonNames;
import dev.kith.search.SearchIndex;
import dev.kith.store.Database;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Captures a LinkedIn export's {@code messages.csv}: each message of a one-to-one or small-group
 * conversation with contacts (matched by LinkedIn profile URL, then by name) is logged once as a
 * {@code message} interaction; the last message of a one-to-one conversation, from a contact and
 * unanswered, is owed a reply, and a later message of mine clears it. Archived and spam folders are skipped, and
 * drafts (never sent) are not read at all. Never the text of
 * a message: only its conversation, people, date and subject. A run applies whole or not at all.
 */
public final class LinkedInMessages {
    /** The columns a messages.csv has; a file without them is not one. */
    public static final List<String> COLUMNS = List.of("CONVERSATION ID", "FROM", "SENDER PROFILE URL", "TO", "DATE");
    private static final int MAX_OTHERS = 5;
    private static final int MAX_SUMMARY = 200;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[ 'UTC']", Locale.ROOT);

    private record Row(long line, String conversation, String title, String from, String fromUrl, List<String> toNames,
                       List<String> toUrls, LocalDateTime at, String subject, String folder) {
    }

    private final Database db;
    private final Contacts contacts;
    private final Interactions interactions;
    private final SearchIndex search;
    private final LinkedInStore store;
    /** The zone a message's day is read in: LinkedIn writes its times in UTC, the user lives in this one. */
    private final java.time.ZoneId zone;

    LinkedInMessages(Database db, Contacts contacts, Interactions interactions, SearchIndex search, LinkedInStore store,
                     java.time.ZoneId zone) {
        this.zone = java.util.Objects.requireNonNull(zone, "zone");
        this.db = db;
        this.contacts = contacts;
        this.interactions = interactions;
        this.search = search;
        this.store = store;
    }

    /** Whether {@code text} (a CSV file's start) is a LinkedIn messages.csv, by its header. */
    public static boolean isMessages(String text) {
        String head = text.length() > 4096 ? text.substring(0, 4096) : text;
        return head.contains("CONVERSATION ID") && head.contains("SENDER PROFILE URL");
    }

    /**
     * Captures messages.csv read as {@code text}; {@code file} names it in errors. A file that is not one,
     * or broken CSV, is refused with an {@link ImportException} naming the line, and nothing changes.
     */
    public CaptureSummary importCsv(String file, String text) {
        return importCsv(file, text, null);
    }

    /**
     * {@link #importCsv(String, String)} knowing the user's name ({@code me}, null when unknown): when two people
     * take part in equally many conversations (an export of one conversation), the one of that name is the owner.
     */
    public CaptureSummary importCsv(String file, String text, String me) {
        List<Row> rows = new ArrayList<>();
        int unreadable = 0;
        List<String> warnings = new ArrayList<>();
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder()
                .allowUnclosedQuote(false)
                .extraFieldStrategy(de.siegmar.fastcsv.reader.FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(de.siegmar.fastcsv.reader.FieldMismatchStrategy.IGNORE).skipEmptyLines(true)
                .ofNamedCsvRecord(body)) {
            boolean checked = false;
            for (NamedCsvRecord r : csv) {
                if (!checked) {
                    for (String column : COLUMNS) {
                        if (!r.getHeader().contains(column)) {
                            throw new ImportException(file, 1, "not a LinkedIn messages.csv: no " + column + " column");
                        }
                    }
                    checked = true;
                }
                if (draft(r)) {
                    continue; // never sent: neither an exchange nor my answer to anyone
                }
                try {
                    rows.add(row(r));
                } catch (DateTimeParseException e) {
                    unreadable++;
                    if (warnings.size() < CaptureSummary.MAX_WARNINGS) {
                        warnings.add(file + ":" + r.getStartingLineNumber() + ": unreadable DATE '" + r.getField("DATE") + "'");
                    }
                }
            }
        } catch (CsvParseException e) {
            throw new ImportException(file, errorLine(e), "broken CSV: " + e.getMessage());
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            throw new ImportException(file, 0, "cannot read: " + e.getMessage());
        }
        int skippedUnreadable = unreadable;
        return search.deferring(() -> db.write(h -> capture(rows, skippedUnreadable, warnings, me)));
    }

    /** The line a CSV error names (FastCSV says "starting line N"), else 0. */
    private static long errorLine(CsvParseException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            var m = java.util.regex.Pattern.compile("(?i)line (\\d{1,18})").matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                return Long.parseLong(m.group(1));
            }
        }
        return 0;
    }

    /**
     * Whether a row is a draft (IS MESSAGE DRAFT or IS CONVERSATION DRAFT "Yes", columns of exports since 2023): a
     * message never sent, which would otherwise be logged as mine and clear a reply I still owe.
     */
    private static boolean draft(NamedCsvRecord r) {
        for (String column : new String[] {"IS MESSAGE DRAFT", "IS CONVERSATION DRAFT"}) {
            String v = r.findField(column).orElse("").strip();
            if (v.equalsIgnoreCase("yes") || v.equalsIgnoreCase("true")) {
                return true;
            }
        }
        return false;
    }

    private static Row row(NamedCsvRecord r) {
        String date = r.findField("DATE").orElse("").strip();
        List<String> urls = list(r.findField("RECIPIENT PROFILE URLS").orElse("")).stream().map(LinkedInMessages::url)
                .toList();
        return new Row(r.getStartingLineNumber(), r.getField("CONVERSATION ID").strip(),
                r.findField("CONVERSATION TITLE").orElse("").strip(), r.getField("FROM").strip(),
                url(r.getField("SENDER PROFILE URL")), names(r.getField("TO"), urls.size()), urls,
                LocalDateTime.parse(date, DATE), r.findField("SUBJECT").orElse("").strip(),
                r.findField("FOLDER").orElse("").strip().toUpperCase(Locale.ROOT));
    }

    private CaptureSummary capture(List<Row> rows, int unreadable, List<String> warnings, String me) {
        String owner = owner(rows, me);
        Matcher match = new Matcher(contacts.all());
        Map<String, List<Row>> conversations = new LinkedHashMap<>();
        for (Row r : rows) {
            conversations.computeIfAbsent(r.conversation(), k -> new ArrayList<>()).add(r);
        }
        int logged = 0;
        int awaiting = 0;
        int cleared = 0;
        int lists = 0;
        int duplicates = 0;
        Set<String> clearedIn = new HashSet<>();
        for (List<Row> conversation : conversations.values()) {
            conversation.sort(Comparator.comparing(Row::at));
            Row last = conversation.get(conversation.size() - 1);
            for (Row r : conversation) {
                boolean mine = identity(r.from(), r.fromUrl()).equals(owner);
                if (r.folder().equals("ARCHIVE") || r.folder().equals("SPAM")) {
                    lists++;
                    continue;
                }
                Set<Long> people = new HashSet<>();
                int others = 0;
                Long sender = null;
                if (!mine) {
                    others++;
                    sender = match.find(r.fromUrl(), r.from()).orElse(null);
                    if (sender != null) {
                        people.add(sender);
                    }
                }
                for (int i = 0; i < Math.max(r.toNames().size(), r.toUrls().size()); i++) {
                    String name = i < r.toNames().size() ? r.toNames().get(i) : "";
                    String u = i < r.toUrls().size() ? r.toUrls().get(i) : "";
                    if (identity(name, u).equals(owner)) {
                        continue;
                    }
                    others++;
                    match.find(u, name).ifPresent(people::add);
                }
                if (others > MAX_OTHERS) {
                    lists++;
                    continue;
                }
                String key = r.conversation() + "|" + identity(r.from(), r.fromUrl()) + "|" + r.at();
                if (store.seen(key)) {
                    duplicates++;
                    continue;
                }
                Long interaction = null;
                if (!people.isEmpty()) {
                    boolean owed = sender != null && r == last && people.size() == 1;
                    interaction = interactions.log(Interaction.draft(r.at().atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).toLocalDate(), InteractionKind.MESSAGE,
                            mine ? Initiator.ME : Initiator.THEM, null, summary(r), Exchange.NEUTRAL, owed,
                            people.stream().sorted().toList())).id();
                    logged++;
                    if (owed) {
                        awaiting++;
                    }
                }
                if (mine && clearedIn.add(r.conversation())) {
                    // once per conversation and run: only a conversation's last message is made owed in a run, and
                    // nothing of mine follows it, so a second pass would find nothing (a long chat read it quadratically)
                    cleared += clear(r.conversation());
                }
                store.record(key, r.conversation(), mine, interaction);
            }
        }
        return new CaptureSummary(rows.size(), logged, awaiting, cleared, 0,
                new CaptureSummary.Skipped(0, lists, duplicates, unreadable), warnings);
    }

    /** Marks their messages of {@code conversation} still awaiting my reply as replied; returns how many. */
    private int clear(String conversation) {
        int n = 0;
        for (long id : store.theirInteractions(conversation)) {
            if (interactions.find(id).map(Interaction::awaitingReply).orElse(false)) {
                interactions.markReplied(id);
                n++;
            }
        }
        return n;
    }

    /**
     * The export's owner: whoever takes part in the most conversations (the owner is in every one); among equals,
     * the one called {@code me} (the book's "me", null when unknown), else the greatest identity.
     */
    private static String owner(List<Row> rows, String me) {
        Map<String, Set<String>> seenIn = new HashMap<>();
        Map<String, String> nameOf = new HashMap<>();
        for (Row r : rows) {
            seenIn.computeIfAbsent(identity(r.from(), r.fromUrl()), k -> new HashSet<>()).add(r.conversation());
            nameOf.putIfAbsent(identity(r.from(), r.fromUrl()), r.from());
            for (int i = 0; i < Math.max(r.toNames().size(), r.toUrls().size()); i++) {
                String name = i < r.toNames().size() ? r.toNames().get(i) : "";
                String u = i < r.toUrls().size() ? r.toUrls().get(i) : "";
                seenIn.computeIfAbsent(identity(name, u), k -> new HashSet<>()).add(r.conversation());
                nameOf.putIfAbsent(identity(name, u), name);
            }
        }
        String myName = me == null ? null : PersonNames.clean(me).toLowerCase(Locale.ROOT);
        Comparator<Map.Entry<String, Set<String>>> order = Comparator.comparingInt(e -> e.getValue().size());
        order = order.thenComparing(e -> myName != null
                && myName.equals(PersonNames.clean(nameOf.getOrDefault(e.getKey(), "")).toLowerCase(Locale.ROOT)));
        return seenIn.entrySet().stream().max(order.thenComparing(Map.Entry::getKey)).map(Map.Entry::getKey).orElse("");
    }

    private static String identity(String name, String url) {
        return url != null && !url.isEmpty() ? url : "name:" + name.strip().toLowerCase(Locale.ROOT);
    }

    private static String summary(Row r) {
        String s = !r.subject().isEmpty() ? r.subject() : !r.title().isEmpty() ? r.title() : "LinkedIn message";
        s = s.replaceAll("\\s+", " ").strip();
        return s.length() > MAX_SUMMARY ? s.substring(0, MAX_SUMMARY) : s;
    }

    /**
     * The recipients' names of a TO field, as many as there are profile URLs ({@code recipients}, 0: unknown): the
     * field separates names with commas, and a name may hold one ("Jane Doe, PhD", as LinkedIn members write
     * their credentials), so while there are more parts than recipients a one-word part joins the name before it.
     */
    static List<String> names(String field, int recipients) {
        List<String> parts = list(field);
        int extra = parts.size() - recipients;
        if (recipients <= 0 || extra <= 0) {
            return parts;
        }
        List<String> out = new ArrayList<>(recipients);
        for (String part : parts) {
            if (extra > 0 && !out.isEmpty() && !part.isEmpty() && !part.contains(" ")) {
                out.set(out.size() - 1, out.getLast() + ", " + part);
                extra--;
            } else {
                out.add(part);
            }
        }
        return List.copyOf(out);
    }

    private static List<String> list(String field) {
        if (field == null || field.isBlank()) {
            return List.of();
        }
        return List.of(field.split(",")).stream().map(String::strip).toList();
    }

    /** A LinkedIn profile URL ignoring scheme, "www.", case, query and trailing slash; empty for none. */
    static String url(String raw) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        String u = raw.strip().toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
        int q = u.indexOf('?');
        if (q >= 0) {
            u = u.substring(0, q);
        }
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }

    /** Contacts found by LinkedIn URL, then by name (ignoring case, then also emoji and credentials). */
    private static final class Matcher {
        private final Map<String, Long> byUrl = new HashMap<>();
        private final Map<String, Long> byName = new HashMap<>();

        Matcher(List<Contact> all) {
            for (Contact c : all) {
                if (c.archived()) {
                    continue;
                }
                if (c.linkedinUrl() != null && !c.linkedinUrl().isBlank()) {
                    byUrl.putIfAbsent(url(c.linkedinUrl()), c.id());
                }
                byName.putIfAbsent(c.name().strip().toLowerCase(Locale.ROOT), c.id());
            }
        }

        java.util.Optional<Long> find(String profileUrl, String name) {
            Long id = profileUrl == null || profileUrl.isEmpty() ? null : byUrl.get(profileUrl);
            if (id == null && name != null && !name.isBlank()) {
                id = byName.get(name.strip().toLowerCase(Locale.ROOT));
                if (id == null) { // "Jane Doe, PhD 🚀" in messages.csv, "Jane Doe" as the connection was imported
                    id = byName.get(PersonNames.clean(name).toLowerCase(Locale.ROOT));
                }
            }
            return java.util.Optional.ofNullable(id);
        }
    }
}
