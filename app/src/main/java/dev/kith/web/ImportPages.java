package dev.kith.web;

import dev.kith.app.Kith;
import dev.kith.capture.Inbox;
import dev.kith.capture.InboxAddition;
import dev.kith.capture.NewPerson;
import dev.kith.core.NotFoundException;
import dev.kith.core.ValidationException;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.util.List;

/** The Import page: upload a file, see what importing it would do, then apply it. */
final class ImportPages {
    private final Pages pages;
    private final ImportPort importer;
    private final dev.kith.io.PendingUploads pending;
    private final Inbox inbox;

    ImportPages(Kith book, Pages pages) {
        this.pages = pages;
        this.importer = new FileImporter(book);
        this.pending = new dev.kith.io.PendingUploads(book.database(), book.id(), java.time.InstantSource.system());
        this.inbox = book.capture().inbox();
    }

    /** Import › New people: who the captured mail and meetings show, and what was just done. */
    record PeopleModel(List<NewPerson> people, String done, String error) {
    }

    /** Import: whether an importer is wired in, and the dry-run or applied summary to show. */
    record ImportModel(boolean available, String uploadId, String fileName, ImportPort.Summary summary,
                       boolean applied, String error) {
    }

    void register(Routes r) {
        r.get("/import", ctx -> importPage(ctx, null, null, null, false, null));
        r.post("/import", this::dryRun);
        r.post("/import/apply", this::applyImport);
        r.get("/import/people", ctx -> peoplePage(ctx, null, null));
        r.post("/import/people/add", this::addPerson);
        r.post("/import/people/ignore", this::ignorePerson);
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

    private void peoplePage(Context ctx, String done, String error) {
        pages.render(ctx, "people.jte", "New people", "import", new PeopleModel(inbox.list(), done, error));
    }

    private void dryRun(Context ctx) {
        if (importer == null) {
            importPage(ctx, null, null, null, false, null);
            return;
        }
        UploadedFile file = ctx.uploadedFile("file");
        if (file == null || file.size() == 0) {
            ctx.status(400);
            importPage(ctx, null, null, null, false, "choose a file to import");
            return;
        }
        byte[] content = file.contentAndClose(in -> {
            try {
                return in.readAllBytes();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try {
            ImportPort.Summary summary = importer.dryRun(file.filename(), content);
            String id = pending.hold(file.filename(), content);
            importPage(ctx, id, file.filename(), summary, false, null);
        } catch (ValidationException e) {
            ctx.status(400);
            importPage(ctx, null, file.filename(), null, false, e.getMessage());
        }
    }

    private void applyImport(Context ctx) {
        if (importer == null) {
            importPage(ctx, null, null, null, false, null);
            return;
        }
        dev.kith.io.PendingUploads.Upload upload = pending.take(ctx.formParam("upload")).orElse(null);
        if (upload == null) {
            ctx.status(400);
            importPage(ctx, null, null, null, false, "that upload has expired; choose the file again");
            return;
        }
        try {
            ImportPort.Summary done = importer.apply(upload.fileName(), upload.content());
            Toasts.say(ctx, "Imported " + upload.fileName() + ": " + done.added() + " added, " + done.updated()
                    + " updated, " + done.skipped() + " skipped.", true);
            importPage(ctx, null, upload.fileName(), done, true, null);
        } catch (ValidationException e) {
            ctx.status(400);
            importPage(ctx, null, upload.fileName(), null, false, Messages.field(e));
        }
    }

    private void importPage(Context ctx, String id, String fileName, ImportPort.Summary summary, boolean applied,
                            String error) {
        pages.render(ctx, "import.jte", "Import", "import",
                new ImportModel(importer != null, id, fileName, summary, applied, error));
    }
}
