package dev.kith.web;

import dev.kith.access.FeedTokens;
import dev.kith.app.Kith;
import dev.kith.contacts.Circle;
import dev.kith.core.ValidationException;
import dev.kith.settings.Settings;
import dev.kith.settings.SettingsForm;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The Settings page: the stored settings, saving them, and a new calendar token. */
final class SettingsPages {
    private final Kith book;
    private final Settings settings;
    private final FeedTokens feeds;
    private final boolean team;
    private final Pages pages;

    SettingsPages(Kith book, Settings settings, FeedTokens feeds, boolean team, Pages pages) {
        this.book = book;
        this.settings = settings;
        this.feeds = feeds;
        this.team = team;
        this.pages = pages;
    }

    /** Settings as stored, the circles to set cadences for, and the outcome of the last save. */
    record SettingsModel(Settings.View view, List<Circle> circles, String calendarUrl, String mailFile, String error,
                         String errorField, boolean saved, boolean team, boolean mailEditable) {

        /** The error as a sentence that names the field by its label on the page, never by its setting key. */
        String errorText() {
            String label = label(errorField);
            return label == null ? error : label + ": " + error;
        }
    }

    /** The label the page shows for the setting {@code field} ({@code today.plan-size}), or null when none fits. */
    static String label(String field) {
        if (field == null) {
            return null;
        }
        if (field.startsWith("cadence.")) {
            for (Circle c : Circle.values()) {
                if (field.equals("cadence." + c.code())) {
                    return "Cadence of the " + Words.of(c) + " circle";
                }
            }
            return null;
        }
        return switch (field) {
            case "me" -> "Me";
            case "today.plan-size" -> "Today plan size";
            case "smtp.host" -> "Server";
            case "smtp.port" -> "Port";
            case "smtp.username" -> "Username";
            case "smtp.password" -> "Password";
            case "smtp.from" -> "From address";
            case "smtp.starttls" -> "Require STARTTLS";
            case "team.share-graph" -> "Share who I know";
            default -> null;
        };
    }

    void register(Routes r) {
        r.get("/settings", ctx -> settingsPage(ctx, null, null, ctx.queryParam("saved") != null));
        r.post("/settings", this::saveSettings);
        r.post("/settings/calendar-token", ctx -> {
            feeds.rotate(book.id());
            ctx.redirect("/settings?saved");
        });
    }

    private void settingsPage(Context ctx, String error, String field, boolean saved) {
        String token = feeds.of(book.id());
        String url = ctx.scheme() + "://" + ctx.host() + "/calendar.ics?token=" + token;
        pages.render(ctx, "settings.jte", "Settings", "settings",
                new SettingsModel(settings.view(), List.of(Circle.values()), url, team ? null : settings.mailFile().toString(),
                        error, field, saved, team, !team || Visitor.of(ctx).admin()));
    }

    private void saveSettings(Context ctx) {
        Map<String, String> input = new HashMap<>();
        ctx.formParamMap().forEach((k, v) -> {
            if (!k.equals(Guard.TOKEN_FIELD) && !v.isEmpty()) {
                input.put(k, v.getLast());
            }
        });
        try {
            MailGate.check(ctx, team, input.keySet());
            SettingsForm.apply(settings, input);
        } catch (ValidationException e) {
            ctx.status(400);
            settingsPage(ctx, e.reason(), e.field(), false);
            return;
        }
        ctx.redirect("/settings?saved");
    }
}
