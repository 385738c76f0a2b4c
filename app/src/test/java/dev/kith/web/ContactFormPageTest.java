package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.store.TestDatabase;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class ContactFormPageTest {

    @Test
    void everyFieldAtFaultGetsItsOwnMessageAndTheTypedValuesStay() {
        try (TestDatabase db = TestDatabase.sqlite(); WebFixture web = new WebFixture(db)) {
            HttpResponse<String> page = web.form("/contacts", "_csrf=" + web.csrfToken()
                    + "&name=Grace+Hopper&email=grace-at-navy&website=not+a+url&cadence=0");
            assertThat(page.statusCode()).isEqualTo(400);
            assertThat(page.body()).contains("id=\"e-email\"", "id=\"e-website\"", "id=\"e-cadence\"")
                    .contains("value=\"Grace Hopper\"").doesNotContain("id=\"e-name\"");
        }
    }
}
