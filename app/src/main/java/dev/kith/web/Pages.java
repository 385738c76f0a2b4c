package dev.kith.web;

import dev.kith.settings.Settings;
import dev.kith.app.Kith;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/** The server-rendered pages: registers each feature's page routes and renders them in the frame. */
final class Pages {
    private final Templates templates;
    private final ContactPages contacts;
    private final TodayPages today;
    private final NetworkPages network;
    private final SettingsPages settingsPages;
    private final ImportPages imports;
    private final GatheringPages gatherings;
    private final TargetPages targets;
    private final GivingPages giving;
    private final IntroPages intros;
    private final MetPages met;
    private final PracticePages practices;
    private final ApiDocs apiDocs;
    private final AskPages asks;

    Pages(Kith book, Settings settings, Templates templates, dev.kith.access.FeedTokens feeds, boolean team,
          WebOptions options) {
        this.templates = templates;
        this.contacts = new ContactPages(book, settings, this);
        this.today = new TodayPages(book, settings, this, options.planWait());
        this.network = new NetworkPages(book, this);
        this.settingsPages = new SettingsPages(book, settings, feeds, team, this);
        this.imports = new ImportPages(book, this, options.uploads());
        this.gatherings = new GatheringPages(book, settings, this);
        this.targets = new TargetPages(book, settings, this);
        this.giving = new GivingPages(book, this);
        this.intros = new IntroPages(book, settings, this);
        this.met = new MetPages(book, this);
        this.practices = new PracticePages(book, this);
        this.apiDocs = new ApiDocs(this, team);
        this.asks = new AskPages(book, settings, this);
    }

    void register(Routes r) {
        today.register(r);
        network.register(r);
        settingsPages.register(r);
        imports.register(r);
        contacts.register(r);
        gatherings.register(r);
        targets.register(r);
        giving.register(r);
        intros.register(r);
        met.register(r);
        practices.register(r);
        apiDocs.register(r);
        asks.register(r);
    }

    /** Renders a page template with {@code page} (the frame) and {@code model}. */
    void render(Context ctx, String template, String title, String nav, Object model) {
        Map<String, Object> params = new HashMap<>();
        Visitor visitor = Visitor.of(ctx);
        java.util.Map<String, java.util.List<Messages.Candidate>> picks = ctx.attribute(People.PICKS);
        params.put("page", new Page(title, nav, visitor.csrf(), visitor.user(), htmx(ctx) ? null : Toasts.take(ctx),
                picks == null ? Map.of() : picks));
        params.put("model", model);
        templates.render(ctx, template, params);
    }

    /** Renders a fragment (an htmx swap target) with its model and the CSRF token. */
    void fragment(Context ctx, String template, Object model) {
        render(ctx, template, "", "", model);
    }

    /** Whether the request came from htmx (and so wants a fragment, not a page). */
    static boolean htmx(Context ctx) {
        return "true".equals(ctx.header("HX-Request"));
    }
}
