package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.store.TestDatabase;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pages a new user meets speak in the page's own words: labels, not setting keys; web steps, not commands. */
class PlainPagesTest {
    private final TestDatabase db = TestDatabase.sqlite();
    private WebFixture web;

    @BeforeEach
    void start() {
        web = new WebFixture(db);
    }

    @AfterEach
    void stop() {
        web.close();
        db.close();
    }

    private HttpResponse<String> saveSettings(String field, String value) {
        return web.form("/settings", "_csrf=" + web.csrfToken() + "&" + field + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    @Test
    void aRefusedSettingIsNamedByItsLabelNotItsKey() {
        HttpResponse<String> plan = saveSettings("today.plan-size", "99");
        assertThat(plan.statusCode()).isEqualTo(400);
        assertThat(plan.body()).contains("Today plan size: must be between 1 and 10, not 99").doesNotContain("today.plan-size:");
        HttpResponse<String> cadence = saveSettings("cadence.close", "99999");
        assertThat(cadence.body()).contains("Cadence of the close circle: must be between 1 and 3650")
                .doesNotContain("cadence.close:");
        HttpResponse<String> me = saveSettings("me", "Nobody Atall");
        assertThat(me.body()).contains("Me: no contact named").doesNotContain("me: no contact");
    }

    @Test
    void noNewPeopleSaysWhatToDoWithoutCommandLines() {
        String page = web.get("/import/people").body();
        assertThat(page).contains("Nobody new").doesNotContain("kith import", "kith sync", "kith me", "--email");
    }

    @Test
    void theImportPageNamesEveryFormatItTakes() {
        String page = web.get("/import").body();
        assertThat(page).contains("LinkedIn", "vCard", "Google", "Outlook", "LDIF", "Kith backup");
    }

    @Test
    void anEmptyTargetFormSaysWhatToGive() {
        HttpResponse<String> empty = web.form("/targets", "_csrf=" + web.csrfToken() + "&name=&org=&industry=&role=&note=");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("Give a person, organization, industry or role.").doesNotContain("must not be blank");
        HttpResponse<String> stranger = web.form("/targets", "_csrf=" + web.csrfToken() + "&name=Zed+Quill&org=&industry=&role=&note=");
        assertThat(stranger.body()).contains("is not in your book: give their organization so Kith can find a way in.")
                .doesNotContain("--org", "with organization");
    }

    @Test
    void aDateFieldReadsAsADateInEverySentence() {
        assertThat(Messages.sentence("until", "must be after today (2026-11-15)"))
                .isEqualTo("The until date must be after today (2026-11-15).");
        assertThat(Messages.sentence("due", "'2026-02-30' is not a valid date"))
                .isEqualTo("The due date '2026-02-30' is not a valid date.");
        assertThat(Messages.sentence("end", "must not be before the start (2026-11-20)"))
                .isEqualTo("The end date must not be before the start (2026-11-20).");
        assertThat(Messages.sentence("name", "must not be blank")).isEqualTo("The name must not be blank.");
    }

    @Test
    void anEmptyBookSaysHowToStartNotThatAllIsDone() {
        assertThat(web.get("/").body()).contains("Your book is empty", "href=\"/contacts/new\"", "href=\"/import\"")
                .doesNotContain("Nothing to do today. Enjoy it.");
        assertThat(web.get("/contacts").body()).contains("Nobody here yet.").doesNotContain("No one matches");
        assertThat(web.get("/contacts?q=zed").body()).contains("No one matches").doesNotContain("Nobody here yet.");
        assertThat(web.get("/breadth").body()).contains("No contacts yet").doesNotContain("No narrow spots");

        web.book.contacts().add(dev.kith.contacts.ContactDraft.builder("Ana Lima").build());
        assertThat(web.get("/").body()).doesNotContain("Your book is empty");
        assertThat(web.get("/contacts").body()).contains("Ana Lima").doesNotContain("Nobody here yet.");
    }

    @Test
    void aMeetingAtAnEventReadsAsWordsNotItsCode() {
        long ana = web.book.contacts().add(dev.kith.contacts.ContactDraft.builder("Ana Lima").build()).id();
        web.book.interactions().log(dev.kith.interactions.Interaction.draft(WebFixture.TODAY.minusDays(1),
                dev.kith.interactions.InteractionKind.EVENT_ENCOUNTER, dev.kith.interactions.Initiator.ME, null,
                "Talked about archives", dev.kith.interactions.Exchange.NEUTRAL, false, java.util.List.of(ana)));
        String page = web.get("/contacts/" + ana).body();
        assertThat(page).contains("<span class=\"pill interaction\">met at an event</span>", "Talked about archives",
                "<option value=\"event-encounter\">met at an event</option>").doesNotContain(">event encounter<");
    }
}
