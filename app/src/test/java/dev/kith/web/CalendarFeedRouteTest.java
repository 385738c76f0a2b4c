package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.contacts.ContactDraft;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.util.List;

class CalendarFeedRouteTest {
    @BothDatabases
    void theCalendarFeedNeedsTheTokenFromSettings(TestDatabase db) throws Exception {
        try (WebFixture web = new WebFixture(db)) {
            long ana = web.book.contacts().add(ContactDraft.builder("Ana Lima").build()).id();
            web.book.interactions().log(Interaction.draft(WebFixture.TODAY.plusDays(7), InteractionKind.LUNCH,
                    Initiator.ME, 60, "Lunch at Café Lumen", Exchange.NEUTRAL, false, List.of(ana)));
            String token = tokenOnSettingsPage(web);
            assertThat(web.get("/api/v1/settings").body()).doesNotContain(token).doesNotContain("calendar");

            // a calendar app has no session: the token is its only credential
            var feed = anonymous(web, "/calendar.ics?token=" + token);
            assertThat(feed.statusCode()).isEqualTo(200);
            assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
            assertThat(feed.body()).startsWith("BEGIN:VCALENDAR").contains("Ana Lima", "END:VCALENDAR");

            assertThat(anonymous(web, "/calendar.ics?token=wrong").statusCode()).isEqualTo(403);
            assertThat(anonymous(web, "/calendar.ics").statusCode()).isEqualTo(403);
            assertThat(anonymous(web, "/calendar.ics?token=" + web.book.id() + ".AAAA").statusCode()).isEqualTo(403);

            // a new token ends the old one; neither is stored in the database
            assertThat(web.form("/settings/calendar-token", "_csrf=" + web.csrfToken()).statusCode()).isEqualTo(302);
            String fresh = tokenOnSettingsPage(web);
            assertThat(fresh).isNotEqualTo(token);
            assertThat(anonymous(web, "/calendar.ics?token=" + token).statusCode()).isEqualTo(403);
            assertThat(anonymous(web, "/calendar.ics?token=" + fresh).statusCode()).isEqualTo(200);
            List<String> stored = db.database().read(h -> h.createQuery("SELECT value FROM settings")
                    .mapTo(String.class).list());
            assertThat(String.join(" ", stored)).doesNotContain(fresh.substring(fresh.indexOf('.') + 1));
        }
    }

    @org.junit.jupiter.api.Test
    void theFeedReadsInWordsAndTheSettingsPageSaysWhatIsInIt() {
        try (TestDatabase db = TestDatabase.sqlite(); WebFixture web = new WebFixture(db)) {
            long ana = web.book.contacts().add(ContactDraft.builder("Ana Lima").build()).id();
            web.book.tasks().add(ana, "share-slides", WebFixture.TODAY.plusDays(2), null);
            String feed = anonymous(web, "/calendar.ics?token=" + tokenOnSettingsPage(web)).body();
            assertThat(feed).contains("SUMMARY:Share slides: Ana Lima").doesNotContain("share-slides:");
            String settings = web.get("/settings").body();
            assertThat(settings).contains("planned meetings and lunches, events and open tasks").doesNotContain("birthdays");
        }
    }

    private static String tokenOnSettingsPage(WebFixture web) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("calendar\\.ics\\?token=([A-Za-z0-9._-]+)")
                .matcher(web.get("/settings").body());
        assertThat(m.find()).as("the settings page shows the feed address").isTrue();
        return m.group(1);
    }

    private static java.net.http.HttpResponse<String> anonymous(WebFixture web, String path) {
        return web.anonymous(java.net.http.HttpRequest.newBuilder(java.net.URI.create(web.base() + path)).GET().build());
    }
}
