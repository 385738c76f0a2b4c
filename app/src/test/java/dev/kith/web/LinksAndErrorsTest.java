package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.demo.DemoBook;
import dev.kith.store.TestDatabase;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Over the demo book: every link on every page answers, and an address that leads nowhere gets a page that says so. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LinksAndErrorsTest {
    private static final Pattern HREF = Pattern.compile("<a\\b[^>]*\\bhref=\"([^\"]+)\"");
    /** Links of one shape (digits stand for any id) followed at most this often: the pages differ only in their data. */
    private static final int PER_SHAPE = 3;

    private final TestDatabase db = TestDatabase.sqlite();
    private WebFixture web;

    @BeforeAll
    void start() {
        web = new WebFixture(db);
        DemoBook.generate(web.book, DemoBook.SEED, DemoBook.MIN_PEOPLE);
    }

    @AfterAll
    void stop() {
        web.close();
        db.close();
    }

    @Test
    void everyLinkOnEveryPageAnswers() {
        Set<String> seen = new LinkedHashSet<>();
        Map<String, Integer> shapes = new HashMap<>();
        ArrayDeque<String> queue = new ArrayDeque<>(List.of("/"));
        List<String> broken = new ArrayList<>();
        while (!queue.isEmpty()) {
            String path = queue.poll();
            if (!seen.add(path)) {
                continue;
            }
            HttpResponse<String> page = web.get(path);
            if (page.statusCode() >= 400) {
                broken.add(path + " answered " + page.statusCode());
                continue;
            }
            if (!page.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                continue;
            }
            Matcher m = HREF.matcher(page.body());
            while (m.find()) {
                String href = m.group(1).replace("&amp;", "&");
                int hash = href.indexOf('#');
                href = hash >= 0 ? href.substring(0, hash) : href;
                if (href.isEmpty() || !href.startsWith("/") || href.startsWith("//")) {
                    assertThat(href).as("a link on " + path).matches("(|https?://.*|mailto:.*|tel:.*)");
                    continue;
                }
                String shape = href.replaceAll("[0-9]+", "N");
                if (!seen.contains(href) && !queue.contains(href) && shapes.merge(shape, 1, Integer::sum) <= PER_SHAPE) {
                    queue.add(href);
                }
            }
        }
        assertThat(seen).as("pages reached").hasSizeGreaterThan(30)
                .contains("/contacts", "/network", "/intros", "/events", "/goals", "/articles", "/settings", "/import");
        assertThat(broken).as("links that lead nowhere").isEmpty();
    }

    @Test
    void anUnknownAddressIsAPageThatSaysNotFound() {
        HttpResponse<String> page = web.get("/no-such-page");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("<h1>Not found</h1>", "There is nothing at /no-such-page.", "href=\"/contacts\"")
                .doesNotContain("Endpoint");
    }

    @Test
    void anUnknownApiAddressIsAJsonProblem() {
        HttpResponse<String> answer = web.get("/api/v1/no-such-thing");
        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(answer.body()).contains("\"error\"", "There is nothing at /api/v1/no-such-thing.");
    }

    @Test
    void aMissingContactAndAMissingFileStayTheirOwnNotFound() {
        HttpResponse<String> contact = web.get("/contacts/999999");
        assertThat(contact.statusCode()).isEqualTo(404);
        assertThat(contact.body()).contains("<h1>Not found</h1>").doesNotContain("There is nothing at");
        assertThat(web.get("/static/no-such-file.css").statusCode()).isEqualTo(404);
    }

    @Test
    void anErrorPageSaysWhatIsWrongInASentence() {
        HttpResponse<String> limit = web.get("/contacts?limit=-5");
        assertThat(limit.statusCode()).isEqualTo(400);
        assertThat(limit.body()).contains("The limit must be between 1 and 10000, not -5.");
        assertThat(web.get("/contacts/0").body()).contains("No contact with id 0.");
        assertThat(web.get("/contacts?circle=bogus").body()).contains("The circle 'bogus' is not one of");
        // the API keeps its machine form: the reason and the field apart
        assertThat(web.get("/api/v1/contacts?limit=-5").body()).contains("\"error\":\"must be between 1 and 10000, not -5\"");
    }
}
