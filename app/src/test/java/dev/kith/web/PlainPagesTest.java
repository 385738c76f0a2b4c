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
}
