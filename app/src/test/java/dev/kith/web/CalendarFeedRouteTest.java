package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
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
            assertThat(web.get("/settings").statusCode()).isEqualTo(200);
            String token = new ObjectMapper().readTree(web.get("/api/v1/settings").body()).get("calendarToken").asText();

            var feed = web.get("/calendar.ics?token=" + token);
            assertThat(feed.statusCode()).isEqualTo(200);
            assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
            assertThat(feed.body()).startsWith("BEGIN:VCALENDAR").contains("Ana Lima", "END:VCALENDAR");

            assertThat(web.get("/calendar.ics?token=wrong").statusCode()).isEqualTo(403);
            assertThat(web.get("/calendar.ics").statusCode()).isEqualTo(403);
        }
    }
}
