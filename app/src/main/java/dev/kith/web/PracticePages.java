package dev.kith.web;

import dev.kith.app.Kith;
import dev.kith.events.Event;
import dev.kith.interactions.Interaction;
import dev.kith.io.backup.Backup;
import dev.kith.io.export.CsvExport;
import dev.kith.io.export.VCardExport;
import dev.kith.network.Breadth;
import dev.kith.reciprocity.Balance;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The practices that had only a CLI: the breadth of the network, the give-and-ask overview, the plans
 * ahead (meetings logged for a later date and events to come) and the export downloads. Each reads the
 * visitor's own book only (the routes are dispatched per book).
 */
final class PracticePages {
    /** Plans ahead reach this many days. */
    static final int PLAN_DAYS = 90;

    private final Kith book;
    private final Pages pages;

    PracticePages(Kith book, Pages pages) {
        this.book = book;
        this.pages = pages;
    }

    /** The export page: how many contacts the downloads hold. */
    record ExportModel(int contacts) {
    }

    record BreadthModel(Breadth.Report report) {
    }

    record ReciprocityModel(List<Balance> balances) {
    }

    /** Plans: meetings ahead with the names of who they are with, and events to come. */
    record PlansModel(List<Interaction> meetings, Map<Long, String> names, List<Event> events, LocalDate today) {
        String with(Interaction i) {
            return String.join(", ", i.people().stream().map(p -> names.getOrDefault(p, "someone")).toList());
        }
    }

    void register(Routes r) {
        r.get("/breadth", ctx -> pages.render(ctx, "breadth.jte", "Breadth", "breadth",
                new BreadthModel(book.network().breadth().report())));
        r.get("/reciprocity", ctx -> pages.render(ctx, "reciprocity.jte", "Give and ask", "reciprocity",
                new ReciprocityModel(book.reciprocity().lopsided())));
        r.get("/plans", this::plans);
        r.get("/export", ctx -> pages.render(ctx, "export.jte", "Export", "export",
                new ExportModel(book.contacts().list(dev.kith.contacts.ContactFilter.ALL_ACTIVE).size())));
        r.get("/export/backup.json", ctx -> download(ctx, "kith-backup.json", "application/json",
                Backup.toJson(book.book())));
        r.get("/export/contacts.vcf", ctx -> download(ctx, "contacts.vcf", "text/vcard; charset=utf-8",
                VCardExport.write(book.book(), book.contacts(), VCardExport.version("version", ctx.queryParam("version")))));
        r.get("/export/contacts.csv", ctx -> download(ctx, "contacts.csv", "text/csv; charset=utf-8",
                CsvExport.write(book.book(), book.contacts())));
    }

    private void plans(Context ctx) {
        LocalDate today = book.clock().today();
        List<Interaction> ahead = book.interactions().between(today.plusDays(1), today.plusDays(PLAN_DAYS));
        Map<Long, String> names = new java.util.HashMap<>();
        List<Long> ids = ahead.stream().flatMap(i -> i.people().stream()).distinct().toList();
        book.contacts().getAll(ids).forEach(c -> names.put(c.id(), c.name()));
        List<Event> events = book.events().between(today, today.plusDays(PLAN_DAYS)).stream()
                .filter(e -> !e.end().isBefore(today)).toList();
        pages.render(ctx, "plans.jte", "Plans ahead", "plans", new PlansModel(ahead, names, events, today));
    }

    private static void download(Context ctx, String fileName, String type, String body) {
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        ctx.header("Cache-Control", "no-store");
        ctx.contentType(type);
        ctx.result(body);
    }
}
