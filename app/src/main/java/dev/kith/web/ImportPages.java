package dev.kith.web;

import dev.kith.app.Kith;
import dev.kith.capture.Inbox;
import dev.kith.capture.InboxAddition;
import dev.kith.capture.MyAddresses;
import dev.kith.capture.NewPerson;
import dev.kith.core.NotFoundException;
import dev.kith.core.ValidationException;
import dev.kith.io.ImportChoices;
import dev.kith.io.PendingUploads;
import dev.kith.journal.Journal;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.security.SecureRandom;
import java.time.InstantSource;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Import page: upload a file, see what importing it would do, then apply it; LinkedIn's whole data export
 * ZIP is imported at once, with Undo; mail (an mbox, Google's Takeout ZIP) and calendars (.ics) are captured at
 * once, read from the upload kept as a private file ({@link ImportUpload}) that is deleted afterwards.
 */
final class ImportPages {
    /** The form field of a likely duplicate's choice, followed by the record's line. */
    static final String CHOICE = "choice-";
    /** The most choices read from one form. */
    static final int MAX_CHOICES = 100_000;
    /** The most LinkedIn export results kept for the page the import redirects to; the oldest go first. */
    static final int MAX_RESULTS = 16;
    /** The most addresses of the user's own declared by one upload. */
    static final int MAX_ADDRESSES = 20;
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Pages pages;
    private final ImportPort importer;
    private final PendingUploads pending;
    private final Inbox inbox;
    private final DuplicatePages duplicates;
    private final Journal journal;
    private final Kith book;
    private final MyAddresses addresses;
    /** Where uploads are kept while imported. */
    private final Path uploads;
    /**
     * The latest LinkedIn export results of this book, by an unguessable id, for {@code GET /import?done=ID}: the
     * import answers with a redirect there, so that reloading the result (as Undo does) never imports it again.
     */
    private final Map<String, Held> results = Collections.synchronizedMap(
            new LinkedHashMap<>(MAX_RESULTS, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Held> eldest) {
                    return size() > MAX_RESULTS;
                }
            });

    /** A LinkedIn export's, or a mail or calendar capture's, result kept for its page. */
    private record Held(String fileName, ImportPort.Export export, ImportPort.Captured captured) {
    }

    ImportPages(Kith book, Pages pages, Path uploads) {
        this.uploads = uploads;
        this.book = book;
        this.addresses = book.capture().addresses();
        this.pages = pages;
        this.importer = new FileImporter(book);
        this.pending = new PendingUploads(book.database(), book.id(), InstantSource.system());
        this.inbox = book.capture().inbox();
        this.duplicates = new DuplicatePages(book, pages);
        this.journal = book.journal();
    }

    /** Import › New people: who the captured mail and meetings show, and what was just done. */
    record PeopleModel(List<NewPerson> people, String done, String error) {
    }

    /**
     * Import: whether an importer is wired in, and the dry-run or applied summary to show, or what a LinkedIn
     * export or a capture did; {@code me}, the user's own addresses, that mail and calendars need.
     */
    record ImportModel(boolean available, String uploadId, String fileName, ImportPort.Summary summary,
                       boolean applied, String error, ImportPort.Export export, ImportPort.Captured captured,
                       String me) {
    }

    void register(Routes r) {
        r.get("/import", this::importPage);
        r.post("/import", this::upload);
        r.post("/import/apply", this::applyImport);
        r.get("/import/people", ctx -> peoplePage(ctx, null, null));
        r.post("/import/people/add", this::addPerson);
        r.post("/import/people/ignore", this::ignorePerson);
        duplicates.register(r); // where an import's result leads, to merge who was kept apart
    }

    private void addPerson(Context ctx) {
        String email = ctx.formParam("email");
        try {
            InboxAddition added = inbox.add(email == null ? "" : email, ctx.formParam("name"));
            peoplePage(ctx, "Added " + added.contact().name() + " with " + added.interactions()
                    + (added.interactions() == 1 ? " interaction." : " interactions."), null);
        } catch (ValidationException | NotFoundException e) {
            ctx.status(e instanceof NotFoundException ? 404 : 400);
            peoplePage(ctx, null, e instanceof ValidationException v ? v.reason() : e.getMessage());
        }
    }

    private void ignorePerson(Context ctx) {
        String email = ctx.formParam("email");
        if (email == null || email.isBlank()) {
            ctx.status(400);
            peoplePage(ctx, null, "email: must not be blank");
            return;
        }
        inbox.ignore(email);
        peoplePage(ctx, "Ignored " + email.strip() + ": never suggested again.", null);
    }

    /** The Import page: the form, above the result of the LinkedIn export just imported when it names one. */
    private void importPage(Context ctx) {
        String id = ctx.queryParam("done");
        Held held = id == null ? null : results.get(id);
        if (held == null) {
            importPage(ctx, null, null, null, false, null);
            return;
        }
        pages.render(ctx, "import.jte", "Import", "import",
                new ImportModel(true, null, held.fileName(), null, true, null, held.export(), held.captured(), me()));
    }

    private static byte[] bytes() {
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        return id;
    }

    private void peoplePage(Context ctx, String done, String error) {
        pages.render(ctx, "people.jte", "New people", "import", new PeopleModel(inbox.list(), done, error));
    }

    /**
     * {@code POST /import}: the upload is kept as a private file, then captured (mail, calendars), imported
     * (LinkedIn's export ZIP) or previewed (contacts files and backups, read whole up to {@link WebServer#MAX_BODY});
     * the file is deleted whatever happened.
     */
    private void upload(Context ctx) {
        UploadedFile file = ctx.uploadedFile("file");
        if (file == null || file.size() == 0) {
            ctx.status(400);
            importPage(ctx, null, null, null, false, "Choose a file to import.");
            return;
        }
        Part part;
        try {
            part = ctx.req().getPart("file");
        } catch (IOException | ServletException e) {
            throw new UncheckedIOException(new IOException("cannot read the upload: " + e.getMessage(), e));
        }
        try (ImportUpload upload = ImportUpload.receive(uploads, file.filename(), to -> part.write(to.toString()))) {
            String kind = upload.kind();
            if (kind.equals("mbox") || kind.equals("ics")) {
                capture(ctx, upload, kind);
                return;
            }
            boolean export = importer.isExport(upload.head(4));
            if (upload.size() > (export ? WebServer.MAX_EXPORT : WebServer.MAX_BODY)) {
                ctx.status(413);
                importPage(ctx, null, file.filename(), null, false, "Nothing was imported: " + file.filename()
                        + (export ? " is larger than 64 MB, the limit for LinkedIn's data export ZIP."
                        : " is larger than 20 MB, the limit for one contacts file or backup (LinkedIn's whole export"
                        + " ZIP may be up to 64 MB; mail and calendars up to the upload's limit)."));
                return;
            }
            byte[] content = upload.bytes();
            if (export) {
                importExport(ctx, file.filename(), content);
            } else {
                preview(ctx, file.filename(), content);
            }
        }
    }

    private void preview(Context ctx, String fileName, byte[] content) {
        try {
            ImportPort.Summary summary = importer.dryRun(fileName, content);
            String id = pending.hold(fileName, content);
            importPage(ctx, id, fileName, summary, false, null);
        } catch (ValidationException e) {
            ctx.status(400);
            importPage(ctx, null, fileName, null, false, e.reason());
        }
    }

    /**
     * Mail or a calendar, captured at once as {@code kith import mbox|ics} does, with the addresses the form gives
     * declared as the user's own in the same transaction: a refused file or address changes nothing.
     */
    private void capture(Context ctx, ImportUpload upload, String kind) {
        ImportPort.Captured captured;
        try {
            captured = book.atomically(() -> {
                declare(ctx.formParam("me"));
                if (addresses.list().isEmpty()) {
                    throw new ValidationException("me", "Nothing was imported: give your own email addresses first,"
                            + " so that Kith knows which " + (kind.equals("ics") ? "meetings" : "messages") + " are yours.");
                }
                return importer.capture(upload, kind);
            });
        } catch (ValidationException e) {
            ctx.status(400);
            importPage(ctx, null, upload.fileName(), null, false, e.reason());
            return;
        }
        Toasts.say(ctx, captured.brief());
        String id = HexFormat.of().formatHex(bytes());
        results.put(id, new Held(upload.fileName(), null, captured));
        ctx.redirect("/import?done=" + id, HttpStatus.SEE_OTHER);
    }

    /**
     * Adds each address in {@code field} (separated by commas, semicolons or spaces) that is not yet one of the
     * user's own, inside the caller's transaction. A {@link ValidationException} when one is no address.
     */
    private void declare(String field) {
        if (field == null || field.isBlank()) {
            return;
        }
        Set<String> known = new HashSet<>();
        addresses.list().forEach(a -> known.add(a.toLowerCase(java.util.Locale.ROOT)));
        int added = 0;
        for (String email : field.strip().split("[,;\\s]+")) {
            if (added < MAX_ADDRESSES && known.add(email.toLowerCase(java.util.Locale.ROOT))) {
                try {
                    addresses.add(email);
                } catch (ValidationException e) {
                    throw new ValidationException("me", "Nothing was imported: your email addresses: " + e.reason() + ".");
                }
                added++;
            }
        }
    }

    /** The user's own addresses, as the form shows them. */
    private String me() {
        return String.join(", ", addresses.list());
    }

    /**
     * LinkedIn's whole data export: imported at once, as one change that the confirmation's Undo takes back
     * (offered only when the import changed something, so it never takes back an earlier change).
     */
    private void importExport(Context ctx, String fileName, byte[] content) {
        Optional<Long> before = journal.lastEntry();
        try {
            ImportPort.Export done = importer.importExport(fileName, content);
            Toasts.say(ctx, done.brief(), !journal.lastEntry().equals(before));
            String id = HexFormat.of().formatHex(bytes());
            results.put(id, new Held(fileName, done, null));
            ctx.redirect("/import?done=" + id, HttpStatus.SEE_OTHER);
        } catch (ValidationException e) {
            ctx.status(400);
            importPage(ctx, null, fileName, null, false, e.reason());
        }
    }

    private void applyImport(Context ctx) {
        PendingUploads.Upload upload = pending.take(ctx.formParam("upload")).orElse(null);
        if (upload == null) {
            ctx.status(400);
            importPage(ctx, null, null, null, false, "That upload has expired; choose the file again.");
            return;
        }
        try {
            ImportPort.Summary done = importer.apply(upload.fileName(), upload.content(), choices(ctx));
            long kept = done.keptApart();
            Toasts.say(ctx, "Imported " + upload.fileName() + ": " + done.added() + " added, " + done.updated()
                    + " merged, " + (done.unchanged() + done.skipped()) + " skipped"
                    + (kept > 0 ? "; " + kept + " kept apart from someone they look like" : "") + ".", true);
            importPage(ctx, null, upload.fileName(), done, true, null);
        } catch (ValidationException e) {
            ctx.status(400);
            importPage(ctx, null, upload.fileName(), null, false, e.reason());
        }
    }

    /**
     * The choices of the preview form: for each record that looks like someone already in the book, a
     * field {@code choice-LINE} of {@code merge-ID} or {@code keep}; anything else is ignored.
     */
    static ImportChoices choices(Context ctx) {
        Map<Long, Long> merge = new HashMap<>();
        Set<Long> keep = new HashSet<>();
        for (Map.Entry<String, List<String>> f : ctx.formParamMap().entrySet()) {
            String name = f.getKey();
            if (!name.startsWith(CHOICE) || f.getValue().isEmpty() || merge.size() + keep.size() >= MAX_CHOICES) {
                continue;
            }
            Long line = number(name.substring(CHOICE.length()));
            String value = f.getValue().getFirst();
            if (line == null) {
                continue;
            }
            if ("keep".equals(value)) {
                keep.add(line);
            } else if (value.startsWith("merge-") && number(value.substring(6)) != null) {
                merge.put(line, number(value.substring(6)));
            }
        }
        return new ImportChoices(merge, keep, true);
    }

    private static Long number(String digits) {
        if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Long.parseLong(digits);
    }

    private void importPage(Context ctx, String id, String fileName, ImportPort.Summary summary, boolean applied,
                            String error) {
        pages.render(ctx, "import.jte", "Import", "import",
                new ImportModel(importer != null, id, fileName, summary, applied, error, null, null, me()));
    }
}
